import type { Element, Root as HastRoot } from "hast";
import type { Definition, Image, Link, Parent, PhrasingContent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { find, html as htmlSchema } from "property-information";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { byteSize, MAX_RENDERED } from "./limits";
import { checkLink, LINK_PROTOCOLS, RESOURCE_PROTOCOLS } from "./url-policy";

// Organizers' Markdown. Raw HTML (old Jekyll posts have some) is sanitized with the URL policy's protocols;
// whatever the sanitizer would take away, and every refused URL, is reported, never dropped silently.

/**
 * A link inside a link (`[<http://a/>](http://b/)`) would nest one <a> in another, which the browser splits,
 * leaving an empty link: the outer link keeps the inner one's text.
 */
function remarkFlattenNestedLinks() {
  const flatten = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes.flatMap((n) =>
      n.type === "link"
        ? flatten(n.children)
        : "children" in n
          ? [{ ...n, children: flatten(n.children as PhrasingContent[]) } as PhrasingContent]
          : [n],
    );
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === "link") (child as Link).children = flatten((child as Link).children);
      else if ("children" in child) walk(child as Parent);
    }
  };
  return (tree: Root) => walk(tree);
}

/** GitHub's schema, with the URL policy's protocols and no srcset (which no protocol list covers). */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, source: [] },
  protocols: {
    href: [...LINK_PROTOCOLS],
    src: [...RESOURCE_PROTOCOLS],
    cite: [...RESOURCE_PROTOCOLS],
    longDesc: [...RESOURCE_PROTOCOLS],
  },
};

/** Attributes that hold a URL, with whether it loads something (an image) or is followed (a link). */
const URL_PROPERTIES: Record<string, { resource: boolean; what: string }> = {
  href: { resource: false, what: "link" },
  src: { resource: true, what: "image" },
  cite: { resource: true, what: "quotation source" },
  longDesc: { resource: true, what: "image description" },
};

interface GateData {
  badUrls: Set<string>;
  links: SiteLink[];
  hadRaw: boolean;
  before?: Map<string, { count: number; line?: number }>;
}
const gate = (file: VFile) => (file.data as { gate: GateData }).gate;

const decoded = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/** Reports a URL once, though it is seen as written and again percent-encoded in the HTML. */
const reportUrl = (file: VFile, url: string, what: string, reason: string, node: Node) => {
  if (gate(file).badUrls.has(url) || gate(file).badUrls.has(decoded(url))) return;
  gate(file).badUrls.add(url);
  file.message(`${what} ${JSON.stringify(url)}: ${reason}`, { place: node.position });
};

/**
 * Links, images and definitions as written, entities decoded: "java&#x09;script:" is refused here although the
 * HTML writer would percent-encode its tab into a harmless relative link.
 */
function remarkCheckUrls() {
  return (tree: Root, file: VFile) => {
    visit(tree, ["link", "image", "definition"], (node) => {
      const { url, type } = node as Link | Image | Definition;
      const verdict = checkLink(url, { resource: type === "image" });
      if (!verdict.ok) reportUrl(file, url, type === "image" ? "image" : "link", verdict.reason, node);
    });
    visit(tree, "html", () => {
      gate(file).hadRaw = true;
    });
  };
}

/** rehype-raw, only where there is raw HTML to parse: it costs a full HTML parse. */
function rehypeRawWhenPresent() {
  const raw = rehypeRaw();
  return (tree: HastRoot, file: VFile) => (gate(file).hadRaw ? raw(tree, file) : tree);
}

/** Every URL an element carries, against the policy: refused ones are reported and taken out. */
function rehypeCheckUrls() {
  return (tree: HastRoot, file: VFile) => {
    visit(tree, "element", (node: Element) => {
      for (const [property, { resource, what }] of Object.entries(URL_PROPERTIES)) {
        const value = node.properties[property];
        if (typeof value !== "string") continue;
        const verdict = checkLink(value, { resource: resource && node.tagName !== "a" });
        if (verdict.ok) {
          node.properties[property] = verdict.normalised;
          // A path on this site (not a #fragment of the page itself): the gate checks that the site has it.
          const isPath =
            (property === "href" || property === "src") && !/^[a-z][a-z0-9+.-]*:|^[#?]|^$/i.test(verdict.normalised);
          // Refused as written already (the writer only percent-encoded it): said once.
          if (isPath && !gate(file).badUrls.has(decoded(verdict.normalised))) {
            gate(file).links.push({ url: verdict.normalised, line: node.position?.start.line });
          }
        } else {
          reportUrl(file, value, node.tagName === "img" ? "image" : what, verdict.reason, node);
          delete node.properties[property];
        }
      }
    });
  };
}

/** What a tree holds, as "tag" and "tag attribute" counts: what the sanitizer keeps is compared with it. */
function features(tree: HastRoot): Map<string, { count: number; line?: number }> {
  const seen = new Map<string, { count: number; line?: number }>();
  const add = (key: string, line?: number) => {
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { count: 1, line });
  };
  visit(tree, "element", (node: Element) => {
    const line = node.position?.start.line;
    add(`<${node.tagName}>`, line);
    for (const property of Object.keys(node.properties)) {
      add(`${find(htmlSchema, property).attribute} on <${node.tagName}>`, line);
    }
  });
  return seen;
}

function rehypeRememberRaw() {
  return (tree: HastRoot, file: VFile) => {
    if (gate(file).hadRaw) gate(file).before = features(tree);
  };
}

function rehypeReportRemoved() {
  return (tree: HastRoot, file: VFile) => {
    const before = gate(file).before;
    if (!before) return;
    const after = features(tree);
    for (const [feature, { count, line }] of before) {
      if ((after.get(feature)?.count ?? 0) >= count) continue;
      file.message(
        `raw HTML ${feature} is not allowed and would be removed: expected Markdown, or HTML without scripts, styles, frames, forms or event handlers`,
        { place: line === undefined ? undefined : { line, column: 1 } },
      );
    }
  };
}

/**
 * The sanitizer prefixes ids ("user-content-"), so that a file can't clobber
 * the page's own; in-page links (footnotes, anchors in old posts) follow.
 */
function rehypeFollowPrefixedIds() {
  const prefix = sanitizeSchema.clobberPrefix ?? "";
  return (tree: HastRoot) => {
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node: Element) => {
      const href = node.properties.href;
      if (typeof href === "string" && href.startsWith("#") && ids.has(`${prefix}${href.slice(1)}`)) {
        node.properties.href = `#${prefix}${href.slice(1)}`;
      }
    });
  };
}

/**
 * Each block finds its own direction: a Hebrew paragraph reads right to left in an English page. A code block
 * that scrolls sideways on a phone takes the keyboard's focus, so that the arrow keys can scroll it too.
 */
const AUTO_DIRECTION = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th"]);
function rehypeReadable() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element) => {
      if (AUTO_DIRECTION.has(node.tagName) && node.properties.dir === undefined) node.properties.dir = "auto";
      if (node.tagName === "pre") node.properties.tabIndex = 0;
    });
  };
}

// Made once: building a unified processor costs more than rendering a short text.
const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFlattenNestedLinks)
  .use(remarkCheckUrls)
  // The sanitizer prefixes ids itself, once (see rehypeFollowPrefixedIds).
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: "" })
  .use(rehypeRawWhenPresent)
  .use(rehypeCheckUrls)
  .use(rehypeRememberRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeReportRemoved)
  .use(rehypeFollowPrefixedIds)
  .use(rehypeReadable)
  .use(rehypeStringify)
  .freeze();

/** A link or image to a path on this site, with the text's line it is on. */
interface SiteLink {
  url: string;
  line?: number;
}

interface ReadMarkdown {
  /** Sanitized HTML; "" when `html: false` asked only for the problems. */
  html: string;
  /** Links and images to paths on this site (relative ones as written), for the gate to check that they lead somewhere. */
  links: SiteLink[];
  /** The first real paragraph as plain text: what a card or a link preview shows. */
  summary?: string;
  /** What is wrong in the text, each naming what was found and what was expected. */
  problems: string[];
}

/**
 * Checks and renders one Markdown text, in one pass. `firstLine` is the line of
 * the file the text starts on, for messages; without it, lines aren't named.
 */
export function readMarkdown(
  markdown: string,
  { html = true, firstLine }: { html?: boolean; firstLine?: number } = {},
): ReadMarkdown {
  if (markdown.trim() === "") return { html: "", links: [], problems: [] };
  const links: SiteLink[] = [];
  const file = new VFile({
    value: markdown,
    data: { gate: { badUrls: new Set(), links, hadRaw: false } satisfies GateData },
  });
  try {
    const mdast = processor.parse(file);
    const summary = firstParagraphOf(mdast);
    const hast = processor.runSync(mdast, file);
    const size = renderedSize(hast);
    if (size > MAX_RENDERED) {
      file.message(
        `expected a text that makes at most ${byteSize(MAX_RENDERED)} of page, got ${byteSize(size)}: a link reference used many times repeats its address each time`,
      );
    }
    const problems = file.messages.map((m) => {
      const line = m.place && "line" in m.place ? m.place.line : m.place?.start.line;
      return firstLine !== undefined && line !== undefined ? `line ${firstLine + line - 1}: ${m.reason}` : m.reason;
    });
    return { html: html ? String(processor.stringify(hast, file)).trim() : "", links, summary, problems };
  } catch (error) {
    // Nothing an organizer writes should get here; if it does, it is their file's problem, not a stack trace.
    return {
      html: "",
      links: [],
      problems: [`could not be read as Markdown: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

/** About how many characters a tree makes as HTML: its text and its attributes' values. */
function renderedSize(tree: HastRoot): number {
  let size = 0;
  visit(tree, (node) => {
    if (node.type === "text") size += node.value.length;
    else if (node.type === "element") {
      size += node.tagName.length * 2 + 5;
      for (const value of Object.values(node.properties)) size += String(value).length + 4;
    }
  });
  return size;
}

/** Sanitized HTML of a Markdown text (problems are the gate's business: see readMarkdown). */
export const renderMarkdown = (markdown: string): string => readMarkdown(markdown).html;

/** The first paragraph that isn't only links, as plain text. */
function firstParagraphOf(tree: Root): string | undefined {
  const para = tree.children.find(
    (n) =>
      n.type === "paragraph" && !n.children.every((c) => c.type === "link" || (c.type === "text" && !c.value.trim())),
  );
  const text = para ? toString(para, { includeHtml: false }).replace(/\s+/g, " ").trim() : "";
  return text || undefined;
}

/** Plain text of a Markdown fragment: for titles that came out of free text. */
export function plainText(markdown: string): string {
  // Most titles have nothing for Markdown to do.
  if (!/[\\`*_[\]<>&!#~|]/.test(markdown)) return markdown.replace(/\s+/g, " ").trim();
  return toString(parser.parse(markdown), { includeHtml: false }).replace(/\s+/g, " ").trim();
}

/** The lines of a Markdown text (from 1) that are inside code blocks, fenced or indented. */
export function codeLines(markdown: string): Set<number> {
  const lines = new Set<number>();
  visit(parser.parse(markdown), "code", (node: Node) => {
    const { start, end } = node.position ?? { start: { line: 0 }, end: { line: -1 } };
    for (let line = start.line; line <= end.line; line++) lines.add(line);
  });
  return lines;
}
