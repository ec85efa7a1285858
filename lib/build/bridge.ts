import fs from "node:fs";
import path from "node:path";
import type { Meetup, Page, Speaker } from "../content/schema";

/**
 * Where the content gate hands its documents to Contentlayer: one JSON file per
 * accepted document. Contentlayer reads only .md/.mdx (which it would parse
 * with gray-matter's code-running engines) or data files, so the gate gives it
 * data it has already parsed, checked and rendered, and nothing else.
 */
export const BRIDGE_DIR = ".build/content";

/** Makes `dir` hold exactly these documents, rewriting only those that changed. */
export function writeBridge(docs: { meetups: Meetup[]; speakers: Speaker[]; pages: Page[] }, dir = BRIDGE_DIR): void {
  // Each kind of document has the folder of its name (the schema's filePathPattern).
  const wanted = new Map(
    Object.entries(docs).flatMap(([folder, list]) =>
      list.map((d) => [path.join(folder, `${d.slug}.json`), JSON.stringify(d)]),
    ),
  );
  for (const folder of Object.keys(docs)) {
    const full = path.join(dir, folder);
    fs.mkdirSync(full, { recursive: true });
    for (const name of fs.readdirSync(full)) {
      if (!wanted.has(path.join(folder, name))) fs.rmSync(path.join(full, name), { force: true });
    }
  }
  for (const [rel, text] of wanted) {
    const file = path.join(dir, rel);
    // An unchanged file keeps its time, so Contentlayer's cache reuses its document.
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
  }
}
