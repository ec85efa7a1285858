import { Parser } from "htmlparser2";

/** "1 meetup", "3 meetups" */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * A piece of an address made from a title or a name: "eBPF Night: XDP &
 * Friends!" -> "ebpf-night-xdp-friends". Latin accents are dropped (café ->
 * cafe); letters of any other script are kept with their marks, which Hindi
 * or pointed Hebrew can't do without.
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

// Elements that end a line of text: their words must not run into the next block's.
const BLOCKS = new Set([
  "p",
  "br",
  "li",
  "div",
  "pre",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "td",
  "th",
]);

/** The text of an HTML fragment (rendered Markdown), entities decoded, on one line: for search engines' data. */
export function htmlText(html: string): string {
  let text = "";
  const parser = new Parser(
    {
      ontext: (data) => (text += data),
      onclosetag: (name) => {
        if (BLOCKS.has(name)) text += " ";
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
