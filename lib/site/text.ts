import { Parser } from "htmlparser2";

/** "1 meetup", "3 meetups" */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** A title as shown: a dash between spaces stays on the line of the word before it, never opening a line. */
export const keepDashes = (title: string): string => title.replace(/ (?=[-–—] )/g, "\u00a0");

/**
 * A piece of an address made from a title or a name. Latin accents are dropped (café -> cafe); other scripts keep
 * their marks, which Hindi or pointed Hebrew can't do without.
 */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^[-\p{M}]+|-+$/gu, "");
  // By code points, so that a letter outside the BMP is never cut in half.
  return [...slug].slice(0, max).join("").replace(/-+$/, "").normalize("NFC");
}

/**
 * A topic's address: "Real-time Linux" -> "real-time-linux". The gate refuses a topic whose address would be empty
 * or another spelling's (lib/content/collection.ts).
 */
export function topicSlug(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** A summary of a longer text: its first sentence or two within `max` characters, or else the first cut with "…". */
export function shortSummary(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  // A sentence ends at . ! ? … (or their CJK forms) before a space or the end.
  const ends = [...clean.slice(0, max + 1).matchAll(/[.!?…。！？](?=\s|$)/g)].map((m) => m.index + 1);
  const upTo = ends
    .filter((end) => end <= max)
    .slice(0, 2)
    .at(-1);
  if (upTo !== undefined) return clean.slice(0, upTo);
  const head = [...clean].slice(0, max).join("");
  const space = head.lastIndexOf(" ");
  // Scripts without spaces between words are cut at a letter.
  const cut = space > max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:–—-]+$/, "")}…`;
}

// Elements that end a line of text: their words must not run into the next block's.
const BLOCK = /^(p|br|li|div|pre|blockquote|h[1-6]|tr|td|th)$/;

/** The text of an HTML fragment (rendered Markdown), entities decoded, on one line: for search engines' data. */
export function htmlText(html: string): string {
  let text = "";
  const parser = new Parser(
    {
      ontext: (data) => (text += data),
      onclosetag: (name) => {
        if (BLOCK.test(name)) text += " ";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/\s+/g, " ").trim();
}

/** Text made safe inside HTML or XML, in element content and in quoted attribute values alike. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
