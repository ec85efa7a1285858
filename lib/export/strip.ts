// The export ships HTML and CSS: pages are App Router server components, and
// Next 16 has no setting that leaves its client runtime out of an App Router
// export (unstable_runtimeJS is the pages router's). So after `next build` this
// step takes it out: the chunk scripts and their preloads, the inline RSC
// payload and bootstrap, the payload files beside each page, the chunks no page
// loads any more. The site's own browser code ships as module files
// (lib/browser/), which the step keeps.
import fs from "node:fs";
import path from "node:path";
import { scanPage, tokens, type Script, type Tag } from "./scan";
import { localTarget, pageUrl, walkFiles, type ExportOptions } from "./files";

/** An address in Next's own folder, /_next/ (after any base path). */
export function isFrameworkUrl(url: string): boolean {
  let pathname: string;
  try {
    pathname = new URL(url, "http://page.invalid/").pathname;
  } catch {
    return false;
  }
  return pathname.split("/").includes("_next");
}

// What Next's inline scripts set up: the RSC payload (self.__next_f), Turbopack's
// chunk bootstrap (<script id="_R_">), and the older runtimes' globals.
const RUNTIME_MARKERS = ["__next_f", "TURBOPACK", "__NEXT_DATA__", "webpackChunk"];

/** A script of the framework: one of its chunks, or inline code that feeds its runtime. */
export function isFrameworkScript(script: Pick<Script, "attribs" | "text">): boolean {
  const { src } = script.attribs;
  if (src !== undefined) return isFrameworkUrl(src);
  return RUNTIME_MARKERS.some((marker) => script.text.includes(marker));
}

/**
 * The scripts a page keeps: data for crawlers and the browser, and the site's
 * own modules (module files, and the one-line inline module that loads them
 * after the first paint; Next writes no module scripts).
 */
export function isKeptScript(script: Pick<Script, "attribs" | "text">): boolean {
  const type = (script.attribs.type ?? "").trim().toLowerCase();
  if (type === "application/ld+json" || type === "speculationrules") return true;
  return type === "module" && !isFrameworkScript(script);
}

/** `<link rel="preload" as="script">` or `rel="modulepreload"` of a framework chunk. */
export function isFrameworkPreload(link: Tag): boolean {
  const { href, as = "" } = link.attribs;
  if (href === undefined || !isFrameworkUrl(href)) return false;
  const rel = tokens(link.attribs.rel);
  if (rel.includes("modulepreload")) return true;
  return (rel.includes("preload") || rel.includes("prefetch")) && as.toLowerCase() === "script";
}

/**
 * The page without Next's client runtime: every script goes but structured
 * data (application/ld+json), speculation rules and the site's own module
 * scripts; script preloads of framework chunks go; every other byte stays,
 * stylesheets included. A page Next did not render (a redirect page written by
 * a route handler, say) has no framework script and comes back as it was, its
 * own inline script with it.
 */
export function stripFrameworkRuntime(html: string): string {
  const { scripts, links } = scanPage(html);
  if (!scripts.some(isFrameworkScript)) return html;
  const cuts = [...scripts.filter((script) => !isKeptScript(script)), ...links.filter(isFrameworkPreload)].sort(
    (a, b) => a.start - b.start,
  );
  let kept = "";
  let from = 0;
  for (const cut of cuts) {
    kept += html.slice(from, cut.start);
    from = cut.end;
  }
  return kept + html.slice(from);
}

const PAYLOAD_FILE = /^__next\..*\.txt$/;

/**
 * An RSC payload file: Next writes one as index.txt beside each page's
 * index.html, and the __next.*.txt segment files; client-side navigation
 * fetches them, which a page without the runtime never does.
 */
export function isPayloadFile(file: string, files: ReadonlySet<string>): boolean {
  const name = path.posix.basename(file);
  if (PAYLOAD_FILE.test(name)) return true;
  return name === "index.txt" && files.has(path.posix.join(path.posix.dirname(file), "index.html"));
}

const SCRIPT_FILE = /\.(m?js|js\.map)$/;

/** A script file of Next's under _next/ (its chunks, build manifests, their source maps). */
export function isFrameworkScriptFile(file: string): boolean {
  return file.startsWith("_next/") && SCRIPT_FILE.test(file);
}

/**
 * Deletes the RSC payload files, and the framework's script files that no page
 * refers to any more (all of them, once every page is stripped). Stylesheets,
 * fonts and images under _next/ stay. Returns the deleted files, relative to outDir.
 */
export function removePayloadFiles(outDir: string, options: ExportOptions): string[] {
  const files = new Set(walkFiles(outDir));
  const used = new Set<string>();
  for (const file of files) {
    if (!file.endsWith(".html")) continue;
    const { references } = scanPage(fs.readFileSync(path.join(outDir, file), "utf8"));
    for (const ref of references) {
      const target = localTarget(ref.url, pageUrl(file, options), options);
      if (target.kind === "local") target.candidates.forEach((c) => used.add(c));
    }
  }
  const removed = [...files].filter(
    (file) =>
      isPayloadFile(file, files) ||
      (isFrameworkScriptFile(file) && !used.has(file) && !used.has(file.replace(/\.map$/, ""))),
  );
  for (const file of removed) fs.rmSync(path.join(outDir, file));
  removeEmptyFolders(path.join(outDir, "_next"));
  return removed.sort();
}

function removeEmptyFolders(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

export interface StripReport {
  /** Pages read. */
  pages: number;
  /** Pages that carried the framework runtime and were rewritten. */
  stripped: number;
  /** Files deleted, relative to outDir. */
  removed: string[];
}

/** The whole step over an export folder: strips every page in place, then removes what no page uses. */
export function stripExport(outDir: string, options: ExportOptions): StripReport {
  let pages = 0;
  let stripped = 0;
  for (const file of walkFiles(outDir)) {
    if (!file.endsWith(".html")) continue;
    pages++;
    const at = path.join(outDir, file);
    const html = fs.readFileSync(at, "utf8");
    const light = stripFrameworkRuntime(html);
    if (light !== html) {
      fs.writeFileSync(at, light);
      stripped++;
    }
  }
  return { pages, stripped, removed: removePayloadFiles(outDir, options) };
}
