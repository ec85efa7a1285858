// The export's own check, after the strip step: nothing of Next's client
// runtime left, and every address a page gives on this site answered by a file.
import fs from "node:fs";
import path from "node:path";
import { localTarget, pageUrl, walkFiles, type ExportOptions } from "./files";
import { scanPage, type Reference } from "./scan";
import { isFrameworkScript, isFrameworkScriptFile, isFrameworkUrl, isPayloadFile } from "./strip";

const show = (ref: Reference) => `<${ref.tag} ${ref.attribute}="${ref.url}">`;

function verifyPage(file: string, html: string, files: ReadonlySet<string>, options: ExportOptions): string[] {
  const problems: string[] = [];
  const { scripts, references } = scanPage(html);
  for (const script of scripts) {
    // Chunks loaded by src are references, checked below.
    if (script.attribs.src === undefined && isFrameworkScript(script)) {
      problems.push(
        `${file}: carries Next's runtime in an inline script (${JSON.stringify(script.text.slice(0, 60))}…)`,
      );
    }
  }
  const from = pageUrl(file, options);
  for (const ref of references) {
    const target = localTarget(ref.url, from, options);
    if (target.kind === "invalid") {
      problems.push(`${file}: ${show(ref)} ${target.reason}`);
    } else if (target.kind === "local") {
      if (isFrameworkUrl(ref.url) && (ref.tag === "script" || /\.m?js$/.test(target.path))) {
        problems.push(`${file}: ${show(ref)} refers to a framework chunk`);
      } else if (!target.candidates.some((c) => files.has(c))) {
        problems.push(`${file}: ${show(ref)} points to ${target.candidates.join(" or ")}, which is not in the export`);
      }
    }
  }
  return problems;
}

/** The not-found pages, which are Next's error document by design. */
const ERROR_PAGES = /^(404\.html|404\/index\.html|_not-found\/index\.html)$/;

/**
 * Problems with the export in outDir, one message each, naming the file: a
 * page that loads or preloads a framework chunk or carries Next's inline
 * runtime; an RSC payload file or framework script file left; a local address
 * (href, src, srcset, link-preview image, refresh target) no file answers; a
 * page that failed to render.
 * Empty when the export is sound.
 */
export function verifyExport(outDir: string, options: ExportOptions): string[] {
  const files = new Set(walkFiles(outDir));
  const problems: string[] = [];
  for (const file of files) {
    if (isPayloadFile(file, files))
      problems.push(`${file}: an RSC payload file, which no page without the runtime reads`);
    else if (isFrameworkScriptFile(file)) problems.push(`${file}: framework JavaScript left in the export`);
    if (file.endsWith(".html")) {
      const html = fs.readFileSync(path.join(outDir, file), "utf8");
      // A page whose rendering failed is exported as Next's error document: a page the build promised is missing.
      if (/<html[^>]*\sid="__next_error__"/.test(html) && !ERROR_PAGES.test(file)) {
        problems.push(`${file}: the page failed to render (Next's error document instead of the page)`);
      }
      problems.push(...verifyPage(file, html, files, options));
    }
  }
  return problems;
}
