import { SaxesParser, type SaxesTagNS } from "saxes";

// An SVG opened on its own (not through <img>) runs on the site's origin: whatever it can do, the site can. So one
// is read as browsers read it, and refused if it holds script, HTML, or a reference to anything outside the file.

const SVG_NS = "http://www.w3.org/2000/svg";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

/** Elements that run script or hold a document of another kind. */
const REFUSED_ELEMENTS = new Set(["script", "foreignobject", "handler", "listener"]);
/** Elements that can set another attribute (an href, an event handler) as the image plays. */
const ANIMATIONS = new Set(["set", "animate", "animatecolor", "animatemotion", "animatetransform"]);
/** A raster image may be inside the file as a data: address: it can't run anything. */
const EMBEDDED_RASTER = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;
/** Bytes an SVG may have: far above a logo's, even one with a photo inside. */
export const MAX_SVG_BYTES = 10 * 1024 * 1024;

/** CSS as a browser reads it for the checks below: comments out, escapes (u\72l) decoded. */
function readableCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, " ")
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?/gi, (_, hex: string) =>
      String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd),
    )
    .replace(/\\([\s\S])/g, "$1");
}

/** Why CSS (a <style> element, a style or presentation attribute) reaches outside the file, or undefined. */
function cssProblem(css: string): string | undefined {
  if (!/[@(\\]/.test(css)) return undefined;
  const text = readableCss(css);
  if (/@import/i.test(text)) return "expected no @import in its CSS: it loads a stylesheet from elsewhere";
  if (/\b(image-set|image|cross-fade|element|src)\s*\(/i.test(text)) {
    return "expected no image(), image-set(), src() or element() in its CSS: they load images from elsewhere";
  }
  for (const match of text.matchAll(/\burl\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))/gi)) {
    const target = (match[1] ?? match[2] ?? match[3] ?? "").trim();
    if (!target.startsWith("#")) {
      return `expected url() only to parts of the file itself (url(#id)), got url(${JSON.stringify(target.slice(0, 60))})`;
    }
  }
  return undefined;
}

/** Why an SVG file's text can't be published, or undefined when it can. */
export function svgProblem(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: string | undefined;
  let root = true;
  const open: string[] = [];
  const refuse = (message: string) => {
    problem ??= `${message} (line ${parser.line})`;
  };
  parser.on("error", (error) => {
    problem ??= `expected an SVG that reads as XML, as browsers read it: ${error.message.replace(/^[^:]*:\d+:\d+: /, "")}`;
  });
  parser.on("doctype", (doctype) => {
    if (/[[<]/.test(doctype))
      refuse("expected no declarations of its own in its <!DOCTYPE> (entities can hide markup)");
  });
  parser.on("processinginstruction", ({ target }) => {
    if (target.toLowerCase() === "xml-stylesheet")
      refuse("expected no <?xml-stylesheet?>: it loads a stylesheet from elsewhere");
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const local = tag.local.toLowerCase();
    open.push(local);
    if (root) {
      root = false;
      if (local !== "svg" || tag.uri !== SVG_NS)
        refuse(`expected an <svg> element in the SVG namespace (${SVG_NS}) around everything, got <${tag.name}>`);
    }
    if (REFUSED_ELEMENTS.has(local))
      return refuse(`expected no <${tag.name}> element: it can run script or hold a web page`);
    if (tag.uri === XHTML_NS) return refuse(`expected no HTML element (<${tag.name}>): only SVG is shown`);
    for (const attribute of Object.values(tag.attributes)) {
      const name = attribute.local.toLowerCase();
      const value = attribute.value;
      if (name.startsWith("on")) return refuse(`expected no event handler (${attribute.name}="..."): it runs script`);
      if (name === "href" || name === "src") {
        const target = value.trim();
        if (!target.startsWith("#") && !(local === "image" && EMBEDDED_RASTER.test(target))) {
          return refuse(
            `expected ${attribute.name} only to parts of the file itself ("#id"), got ${JSON.stringify(target.slice(0, 60))}`,
          );
        }
      }
      if (ANIMATIONS.has(local) && name === "attributename" && /^(on|(.*:)?href$)/i.test(value.trim())) {
        return refuse(
          `expected no <${tag.name}> that changes ${value.trim()}: it can make a link or a handler that runs script`,
        );
      }
      const css = cssProblem(value);
      if (css) return refuse(`${css}, in ${attribute.name}="..."`);
    }
    return undefined;
  });
  parser.on("closetag", () => {
    open.pop();
  });
  const styleText = (css: string) => {
    if (open.at(-1) !== "style") return;
    const found = cssProblem(css);
    if (found) refuse(`${found}, in a <style> element`);
  };
  parser.on("text", styleText);
  parser.on("cdata", styleText);
  parser.write(text).close();
  if (!problem && root) return "expected an SVG image, but the file holds no element";
  return problem;
}
