// The export's own check: every address a page gives on this site answered by a file.
import fs from "node:fs";
import path from "node:path";
import { localTarget, pageUrl, walkFiles, type ExportOptions } from "./export-files";
import { scanPage, type Reference } from "./scan";

const show = (ref: Reference) => `<${ref.tag} ${ref.attribute}="${ref.url}">`;

function verifyPage(
  file: string,
  references: Reference[],
  files: ReadonlySet<string>,
  options: ExportOptions,
): string[] {
  const problems: string[] = [];
  const from = pageUrl(file, options);
  for (const ref of references) {
    const target = localTarget(ref.url, from, options);
    if (target.kind === "invalid") {
      problems.push(`${file}: ${show(ref)} ${target.reason}`);
    } else if (target.kind === "local" && !target.candidates.some((c) => files.has(c))) {
      problems.push(`${file}: ${show(ref)} points to ${target.candidates.join(" or ")}, which is not in the export`);
    }
  }
  return problems;
}

/** Every local address of the export's pages that no file answers, or that lies outside the base path. */
export function verifyExport(outDir: string, options: ExportOptions): string[] {
  const files = new Set(walkFiles(outDir));
  return [...files]
    .filter((file) => file.endsWith(".html"))
    .flatMap((file) =>
      verifyPage(file, scanPage(fs.readFileSync(path.join(outDir, file), "utf8")).references, files, options),
    );
}
