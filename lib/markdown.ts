import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Raw HTML in organizers' Markdown is dropped by remark-rehype (allowDangerousHtml
// stays off), so nothing here needs sanitising. The same options are used for
// Contentlayer's own body rendering, see contentlayer.config.ts.
export const remarkPlugins = [remarkGfm];

const parser = unified().use(remarkParse).use(remarkGfm);
const renderer = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(renderer.processSync(markdown)).trim();
}

function isOnlyLinks(node: RootContent): boolean {
  if (node.type !== "paragraph") return false;
  return node.children.every((c) => c.type === "link" || (c.type === "text" && !c.value.trim()));
}

/** The first real paragraph as plain text: what a card or a link preview shows. */
export function firstParagraph(markdown: string): string | undefined {
  const tree = parser.parse(markdown) as Root;
  const para = tree.children.find((n) => n.type === "paragraph" && !isOnlyLinks(n));
  const text = para ? toString(para).replace(/\s+/g, " ").trim() : "";
  return text || undefined;
}

/** Plain text of a Markdown fragment: for titles that came out of free text. */
export function plainText(markdown: string): string {
  return toString(parser.parse(markdown)).replace(/\s+/g, " ").trim();
}
