import fs from "node:fs";
import path from "node:path";
import type { Meetup, Page, Speaker } from "../content/schema";

/**
 * Where the content gate hands Contentlayer one JSON file per accepted document: data, so that
 * Contentlayer never parses an organizer's file (its Markdown reader, gray-matter, can run code).
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
  // An unchanged file keeps its time, so Contentlayer's cache reuses its document.
  for (const [rel, text] of wanted) writeChanged(path.join(dir, rel), text);
}

/** Writes `file` only if its text changes: next dev reloads the page on every write of a file the page imports. */
export function writeChanged(file: string, text: string): void {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
