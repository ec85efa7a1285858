import fs from "node:fs";
import path from "node:path";
import { listContentFiles } from "./load";
import { MARKDOWN_FILE, mirrorName } from "./paths";

/** Makes `to` hold exactly the Markdown files of `from`, named so that Contentlayer reads them all. */
export function writeMirror(from: string, to: string): number {
  fs.rmSync(to, { recursive: true, force: true });
  const files = listContentFiles(from).filter((f) => MARKDOWN_FILE.test(f.relPath));
  for (const f of files) {
    const target = path.join(to, mirrorName(f.relPath));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.text);
  }
  return files.length;
}

/** Brings one changed file of `from` into the mirror (or removes it there). */
export function updateMirror(from: string, to: string, relPath: string): void {
  if (!MARKDOWN_FILE.test(relPath)) return;
  const source = path.join(from, relPath);
  const target = path.join(to, mirrorName(relPath));
  if (fs.existsSync(source)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
  } else {
    fs.rmSync(target, { force: true });
  }
}
