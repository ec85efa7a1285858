import fs from "node:fs";
import path from "node:path";

// Files the build makes once and keeps in .cache/ by what they are made from
// (link previews, resized photos), put in place in out/ on every build.

/** Puts the cached file at `file`: a hard link, or a copy across file systems. */
export function placeCached(cached: string, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    if (fs.statSync(file).ino === fs.statSync(cached).ino) return;
    fs.rmSync(file);
  } catch {
    // Not there yet.
  }
  try {
    fs.linkSync(cached, file);
  } catch {
    fs.copyFileSync(cached, file);
  }
}
