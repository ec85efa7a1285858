// One policy for every URL an organizer's file can put on a page, in fields and Markdown alike: the Markdown
// sanitizer's protocol lists come from here too.

/** Schemes a link may use. Anything else (javascript:, data:, vbscript:, file:...) never reaches a page. */
export const LINK_PROTOCOLS = ["https", "http", "mailto"] as const;
/** Schemes an image or a quotation source may use. */
export const RESOURCE_PROTOCOLS = ["https", "http"] as const;

const EXPECTED_LINK = "https://, http://, mailto: or a path on this site";

// Browsers drop tabs and line breaks anywhere in a URL and C0 controls and
// spaces around it before reading the scheme, so "java\tscript:" is javascript:.
function asBrowserReads(url: string): string {
  const read = url.replace(/[\t\n\r]/g, "");
  // Trimmed by index: "[\u0000-\u0020]+$" takes time in the square of the spaces inside a link (<a   b>).
  let start = 0;
  let end = read.length;
  while (start < end && read.charCodeAt(start) <= 0x20) start++;
  while (end > start && read.charCodeAt(end - 1) <= 0x20) end--;
  return read.slice(start, end);
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

type UrlVerdict =
  | { ok: true; /** The URL as browsers read it, scheme and host in lower case. */ normalised: string }
  | { ok: false; reason: string };

/** Whether a link (or, with `resource`, an image) may point there; entities must already be decoded. */
export function checkLink(url: string, { resource = false } = {}): UrlVerdict {
  const allowed: readonly string[] = resource ? RESOURCE_PROTOCOLS : LINK_PROTOCOLS;
  const expected = resource ? "https://, http:// or a path on this site" : EXPECTED_LINK;
  const read = asBrowserReads(url);
  const scheme = SCHEME.exec(read)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // Browsers read a backslash as a slash: "/\\evil.example" is another host too.
    if (/^[\\/]{2}/.test(read)) {
      return {
        ok: false,
        reason: `expected ${expected}, got a link to another host without its scheme; write https://${read.replace(/^[\\/]+/, "")}`,
      };
    }
    if (read.includes("\\")) return { ok: false, reason: `expected ${expected}, got a path with a backslash; use "/"` };
    return { ok: true, normalised: read };
  }
  if (!allowed.includes(scheme)) return { ok: false, reason: `expected ${expected}, got a ${scheme}: URL` };
  let parsed: URL;
  try {
    parsed = new URL(read);
  } catch {
    return { ok: false, reason: `expected ${expected}, got something that isn't a URL` };
  }
  if (scheme !== "mailto" && !parsed.hostname)
    return { ok: false, reason: `expected ${expected}, got a URL without a host` };
  return { ok: true, normalised: parsed.href };
}

/** A URL field (rsvp, map, slides, video, a speaker's links): an absolute https:// or http:// address. */
export function checkWebAddress(value: string): string | undefined {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== "https" && scheme !== "http") return "expected a URL starting with https:// or http://";
  if (/\s/.test(value)) return "expected a URL starting with https:// or http:// without spaces in it";
  try {
    const url = new URL(value);
    if (!url.hostname.includes("."))
      return "expected a URL starting with https:// or http:// with a host name like example.com";
    if (url.username || url.password) return "expected a URL without a user name or password in it";
  } catch {
    return "expected a URL starting with https:// or http://";
  }
  return undefined;
}
