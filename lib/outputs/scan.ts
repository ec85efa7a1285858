// One pass over an exported page: where its scripts and <link>s sit, so that the export can cut Next's runtime and
// leave every other byte alone, and every address it refers to, for the export's own check.
import { Parser } from "htmlparser2";

export type Attributes = Record<string, string>;

/** An element by its attributes and the text range it spans, from "<" to the last ">" (end excluded). */
export interface Tag {
  attribs: Attributes;
  start: number;
  end: number;
}

export interface Script extends Tag {
  /** The inline code or data; "" for a script with src. */
  text: string;
}

/** An address in a page: `<img src="...">`, `<meta property="og:image" content="...">`... */
export interface Reference {
  tag: string;
  attribute: string;
  url: string;
}

export interface ScannedPage {
  scripts: Script[];
  links: Tag[];
  references: Reference[];
}

const SRC_TAGS = new Set(["script", "img", "source", "iframe", "video", "audio", "track", "embed", "input"]);
const HREF_TAGS = new Set(["a", "area", "link"]);
// Link previews: fetched by other sites' crawlers, so a broken one goes unseen.
const IMAGE_METAS = new Set(["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"]);
// An origin to connect to early, not a file.
const ORIGIN_RELS = new Set(["preconnect", "dns-prefetch"]);

/** The space-separated tokens of an attribute such as rel, lowercased. */
export const tokens = (value: string | undefined): string[] => (value ?? "").toLowerCase().split(/\s+/).filter(Boolean);

/** The URLs of a srcset. A URL may itself contain commas: one ends a candidate only after whitespace or at its end. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  for (let i = 0; i < srcset.length;) {
    while (i < srcset.length && (/\s/.test(srcset[i]!) || srcset[i] === ",")) i++;
    let j = i;
    while (j < srcset.length && !/\s/.test(srcset[j]!)) j++;
    let url = srcset.slice(i, j);
    if (url.endsWith(",")) {
      url = url.replace(/,+$/, "");
    } else {
      while (j < srcset.length && srcset[j] !== ",") j++;
    }
    if (url) urls.push(url);
    i = j;
  }
  return urls;
}

/** The address in `<meta http-equiv="refresh" content="0; url=/new/">`. */
function refreshUrl(content: string): string | undefined {
  const at = content.search(/url\s*=/i);
  if (at < 0) return undefined;
  return content
    .slice(content.indexOf("=", at) + 1)
    .trim()
    .replace(/^(['"])(.*)\1$/, "$2");
}

function referencesOf(name: string, attribs: Attributes, out: Reference[]): void {
  const add = (attribute: string, url: string | undefined) => {
    if (url !== undefined) out.push({ tag: name, attribute, url });
  };
  if (SRC_TAGS.has(name)) add("src", attribs.src);
  if (HREF_TAGS.has(name) && !tokens(attribs.rel).some((rel) => ORIGIN_RELS.has(rel))) add("href", attribs.href);
  if ((name === "img" || name === "source") && attribs.srcset !== undefined) {
    for (const url of srcsetUrls(attribs.srcset)) add("srcset", url);
  }
  if (name === "video") add("poster", attribs.poster);
  if (name === "meta") {
    const key = (attribs.property ?? attribs.name ?? "").toLowerCase();
    if (IMAGE_METAS.has(key)) add("content", attribs.content);
    if ((attribs["http-equiv"] ?? "").toLowerCase() === "refresh") add("content", refreshUrl(attribs.content ?? ""));
  }
}

/** Reads a page once. Attribute values come decoded (&amp; -> &), names lowercased. */
export function scanPage(html: string): ScannedPage {
  const page: ScannedPage = { scripts: [], links: [], references: [] };
  let open: { attribs: Attributes; start: number; text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      referencesOf(name, attribs, page.references);
      if (name === "script") open = { attribs, start: parser.startIndex, text: "" };
      else if (name === "link") page.links.push({ attribs, start: parser.startIndex, end: parser.endIndex + 1 });
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag(name) {
      if (name !== "script" || !open) return;
      // An unclosed script at the end of a file runs to its end.
      const { attribs, start, text } = open;
      page.scripts.push({ attribs, start, text, end: Math.min(parser.endIndex + 1, html.length) });
      open = undefined;
    },
  });
  parser.parseComplete(html);
  return page;
}
