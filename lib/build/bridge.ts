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

export interface BridgeResult {
  written: number;
  unchanged: number;
  removed: number;
}

/** Makes `dir` hold exactly these documents, rewriting only those that changed. */
export function writeBridge(
  docs: { meetups: Meetup[]; speakers: Speaker[]; pages: Page[] },
  dir = BRIDGE_DIR,
): BridgeResult {
  const wanted = new Map<string, string>();
  for (const m of docs.meetups) wanted.set(path.join("meetups", `${m.slug}.json`), JSON.stringify(m));
  for (const s of docs.speakers) wanted.set(path.join("speakers", `${s.slug}.json`), JSON.stringify(s));
  for (const p of docs.pages) wanted.set(path.join("pages", `${p.slug}.json`), JSON.stringify(p));

  const result: BridgeResult = { written: 0, unchanged: 0, removed: 0 };
  for (const folder of ["meetups", "speakers", "pages"]) {
    const full = path.join(dir, folder);
    fs.mkdirSync(full, { recursive: true });
    for (const name of fs.readdirSync(full)) {
      if (!wanted.has(path.join(folder, name))) {
        fs.rmSync(path.join(full, name), { force: true });
        result.removed++;
      }
    }
  }
  for (const [rel, text] of wanted) {
    const file = path.join(dir, rel);
    // An unchanged file keeps its time, so Contentlayer's cache reuses its document.
    let same = false;
    try {
      same = fs.readFileSync(file, "utf8") === text;
    } catch {
      // Not there yet.
    }
    if (same) {
      result.unchanged++;
      continue;
    }
    fs.writeFileSync(file, text);
    result.written++;
  }
  return result;
}
