import type { Link, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * Old posts wrap autolinks in links (`[<http://a/>](http://b/)`), which would
 * nest one <a> in another: the browser splits them and leaves an empty link.
 * Keep the outer link and the inner one's text.
 */
export function remarkFlattenNestedLinks() {
  const flatten = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes.flatMap((n) =>
      n.type === "link"
        ? flatten(n.children)
        : "children" in n
          ? [{ ...n, children: flatten(n.children as PhrasingContent[]) } as PhrasingContent]
          : [n],
    );
  const visit = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === "link") (child as Link).children = flatten((child as Link).children);
      else if ("children" in child) visit(child as Parent);
    }
  };
  return (tree: Root) => visit(tree);
}

// Raw HTML in organizers' Markdown is dropped by remark-rehype (allowDangerousHtml
// stays off), so nothing here needs sanitising. The same plugins are used for
// Contentlayer's own body rendering, see contentlayer.config.ts.
export const remarkPlugins = [remarkGfm, remarkFlattenNestedLinks];

const parser = unified().use(remarkParse).use(remarkGfm);
const renderer = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypeStringify);

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
