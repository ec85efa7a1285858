import { DomUtils, parseDocument } from "htmlparser2";

type ChildNode = ReturnType<typeof parseDocument>["children"][number];
type Element = Extract<ChildNode, { attribs: Record<string, string> }>;

// What a visitor gets from a page, read from its HTML as fetched (so no script
// has run): the head's tags, the text of <body>, the addresses it gives and
// the scripts the site keeps. The preview (next dev) and the build must agree
// on all of it once Next's own machinery is set aside (setAside).

export interface PageView {
  /** <html>'s attributes, <title>, every <meta> and <link>. */
  head: string[];
  /** The text of <body>, one entry a text node, its white space collapsed. */
  text: string[];
  /** Every href, src, srcset and action in <body>, with its element. */
  addresses: string[];
  /** Data (JSON-LD, speculation rules), the site's own modules and any <style> of its own, whole. */
  scripts: string[];
}

const ADDRESSES = ["href", "src", "srcset", "action"];
const KEPT_SCRIPTS = new Set(["application/ld+json", "speculationrules", "module"]);
const isNextFile = (url: string | undefined) => url !== undefined && /(^|\/)_next\//.test(url);

/** Next's machinery, not the site: each rule is the narrowest that covers what one side has and the other not. */
function setAside({ name, attribs }: Element): boolean {
  // Next's runtime (its chunks, the RSC payload, the dev client): classic scripts, which the export
  // strips (lib/outputs/static-export.ts). The site writes only data and modules.
  if (name === "script") return !KEPT_SCRIPTS.has((attribs.type ?? "").trim().toLowerCase());
  // The stylesheet: a /_next/ file in the preview, the same file inlined in the build (experimental.inlineCss,
  // which marks it with data-href); the preview's preload of its dev client.
  if (name === "link") return isNextFile(attribs.href);
  if (name === "style") return isNextFile(attribs["data-href"]);
  return false;
}

function tag({ name, attribs }: Element): string {
  const pairs = Object.entries(attribs)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ` ${key}="${value}"`);
  return `<${name}${pairs.join("")}>`;
}

const elements = (nodes: ChildNode[]) =>
  nodes.filter((n): n is Element => n.type === "tag" || n.type === "script" || n.type === "style");

/** The page as a visitor gets it, with Next's machinery set aside. */
export function viewOf(html: string): PageView {
  const document = parseDocument(html);
  const root = DomUtils.findOne((n) => n.name === "html", document.children);
  const head = root && DomUtils.findOne((n) => n.name === "head", root.children, false);
  const body = root && DomUtils.findOne((n) => n.name === "body", root.children, false);
  if (!root || !head || !body) throw new Error("not a whole page: no <html>, <head> or <body>");
  const view: PageView = { head: [tag(root)], text: [], addresses: [], scripts: [] };

  for (const element of elements(head.children)) {
    if (setAside(element)) continue;
    if (element.name === "title") view.head.push(`<title>${DomUtils.textContent(element)}`);
    else if (element.name === "script" || element.name === "style")
      view.scripts.push(`${tag(element)}${DomUtils.textContent(element)}`);
    else view.head.push(tag(element));
  }

  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        const text = node.data.replace(/\s+/g, " ").trim();
        if (text) view.text.push(text);
      }
      const [element] = elements([node]);
      if (!element || setAside(element)) continue;
      for (const name of ADDRESSES) {
        if (element.attribs[name] !== undefined)
          view.addresses.push(`${element.name} ${name}=${element.attribs[name]}`);
      }
      if (element.name === "script" || element.name === "style") {
        view.scripts.push(`${tag(element)}${DomUtils.textContent(element)}`);
      } else {
        walk(element.children);
      }
    }
  };
  walk(body.children);
  return view;
}
