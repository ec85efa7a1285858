// One pass of an HTML tokenizer over an exported page: its scripts, <style>s and
// <link>s with where each sits in the text (so that the export's steps can cut
// or rewrite them and leave every other byte alone), every address the page
// refers to (for the export's own checks), and what its CSS selectors can match
// (lib/export/css.ts). The only code in lib/outputs/ that reads HTML.
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

/** What a CSS selector can match on the page: its elements' tag names, classes, ids, and attributes with their values. */
export interface MarkupInPage {
  tags: Set<string>;
  classes: Set<string>;
  ids: Set<string>;
  /** Attribute name -> the values it has on the page. */
  attributes: Map<string, Set<string>>;
}

export interface ScannedPage {
  scripts: Script[];
  /** `<style>` elements; `text` is the stylesheet. */
  styles: Script[];
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
export function tokens(value: string | undefined): string[] {
  return (value ?? "").toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The URLs of a srcset: each candidate is a URL, then optional descriptors
 * ("2x", "640w") up to a comma. A URL may itself contain commas, so a comma
 * only ends a candidate after whitespace or at a URL's very end.
 */
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
  const page: ScannedPage = { scripts: [], styles: [], links: [], references: [] };
  let open: { name: "script" | "style"; attribs: Attributes; start: number; text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      referencesOf(name, attribs, page.references);
      if (name === "script" || name === "style") open = { name, attribs, start: parser.startIndex, text: "" };
      else if (name === "link") page.links.push({ attribs, start: parser.startIndex, end: parser.endIndex + 1 });
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag(name) {
      if (name !== open?.name) return;
      // An unclosed script at the end of a file runs to its end.
      const { attribs, start, text } = open;
      (name === "script" ? page.scripts : page.styles).push({
        attribs,
        start,
        text,
        end: Math.min(parser.endIndex + 1, html.length),
      });
      open = undefined;
    },
  });
  parser.parseComplete(html);
  return page;
}

/** What CSS selectors can match in the page's markup (<style> and <script> contents aside). */
export function markupInPage(html: string): MarkupInPage {
  return readMarkup(html).markup;
}

/**
 * What CSS selectors can match in the page's markup, and every address it
 * refers to, from one pass: the pages step reads each page it renders once,
 * for its stylesheet's cut and for the export's check of its references.
 */
export function readMarkup(html: string): { markup: MarkupInPage; references: Reference[] } {
  const markup: MarkupInPage = { tags: new Set(), classes: new Set(), ids: new Set(), attributes: new Map() };
  const references: Reference[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      referencesOf(name, attribs, references);
      markup.tags.add(name);
      for (const [attribute, value] of Object.entries(attribs)) {
        let values = markup.attributes.get(attribute);
        if (!values) markup.attributes.set(attribute, (values = new Set()));
        values.add(value);
      }
      for (const c of (attribs.class ?? "").split(/\s+/)) if (c) markup.classes.add(c);
      if (attribs.id) markup.ids.add(attribs.id);
    },
  });
  parser.parseComplete(html);
  return { markup, references };
}
