import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { ContentFile } from "./files";
import type { FileCheckOptions, FileOutcome } from "./load";
import { publicReadsHold, recordPublicReads, type PublicRead } from "./public-reads";
import { settingsFile } from "./settings";

// The gate's outcome for each file (its document, its problems, what it refers
// to), kept between builds so that a rebuild after one edit parses, checks and
// renders that one file, not the whole archive. An outcome is reused only for
// the same text at the same path, checked with the same options by the same
// code under the same settings and packages (`gateCodeKey`), while public/
// still answers what the check asked of it (lib/content/public-reads.ts).
// What depends on other files (lib/content/collection.ts) is never cached.

/** Kept between builds, and between CI runs (the workflows restore .cache). */
export const GATE_CACHE_DIR = ".cache/content";

const CACHE_FILE = "gate.json";

interface Entry {
  outcome: FileOutcome;
  reads: PublicRead[];
}

interface Stored {
  code: string;
  entries: Record<string, Entry>;
}

const projectRoot = path.resolve(import.meta.dirname, "../..");

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash("sha256");
  // Each part's length first, so that no two lists of parts hash alike.
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest("hex");
};

function readIfThere(file: string): Buffer | string {
  try {
    return fs.readFileSync(file);
  } catch {
    return "(none)";
  }
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Everything besides a file and public/ that its outcome can depend on: all of
 * lib/ (the gate and every module it imports, the messages included), the site
 * settings, the installed packages (the Markdown renderer, the fonts the
 * link-preview check reads), and Node itself (its time zone data and Unicode
 * tables). Conservative on purpose: a change to any of it checks every file again.
 */
export function gateCodeKey(): string {
  const lib = path.join(projectRoot, "lib");
  const parts: (string | Buffer)[] = [process.version, JSON.stringify(process.versions), process.env.TZ ?? ""];
  for (const file of filesUnder(lib)) parts.push(path.relative(lib, file), fs.readFileSync(file));
  for (const file of ["package.json", "package-lock.json", "node_modules/.package-lock.json", "tsconfig.json"]) {
    parts.push(file, readIfThere(path.join(projectRoot, file)));
  }
  parts.push("settings", readIfThere(settingsFile()));
  return sha256(...parts);
}

export interface GateCache {
  /** `file`'s outcome: the cached one while it still holds, else `check()`'s, which is kept. */
  outcome(file: ContentFile, dir: string, options: FileCheckOptions, check: () => FileOutcome): FileOutcome;
  /** Writes what this load used (and nothing else) for the next build; no-op when nothing changed. */
  save(): void;
  /** How many outcomes this load reused and how many it made. */
  readonly counts: { reused: number; checked: number };
}

/** The cache in `folder`, empty when it was written by other code or can't be read. */
export function openGateCache(folder = GATE_CACHE_DIR, code = gateCodeKey()): GateCache {
  const file = path.join(folder, CACHE_FILE);
  let previous: Record<string, Entry> = {};
  try {
    const stored = JSON.parse(fs.readFileSync(file, "utf8")) as Stored;
    if (stored.code === code) previous = stored.entries;
  } catch {
    // No cache yet, or a broken one: every file is checked.
  }
  let used: Record<string, Entry> = {};
  let changed = false;
  const counts = { reused: 0, checked: 0 };

  return {
    counts,
    outcome(contentFile, dir, options, check) {
      const key = sha256(JSON.stringify([dir, contentFile.relPath, options]), contentFile.text);
      const known = previous[key];
      if (known && publicReadsHold(known.reads)) {
        used[key] = known;
        counts.reused++;
        return known.outcome;
      }
      const { value: outcome, reads } = recordPublicReads(check);
      // As it will be read back, so that a fresh outcome and a reused one are the same data.
      const entry = JSON.parse(JSON.stringify({ outcome, reads })) as Entry;
      used[key] = entry;
      changed = true;
      counts.checked++;
      return entry.outcome;
    },
    save() {
      if (changed || Object.keys(used).length !== Object.keys(previous).length) {
        fs.mkdirSync(folder, { recursive: true });
        // Written whole, then renamed: a build stopped halfway leaves the old cache, not half a file.
        const temp = `${file}.${process.pid}-${threadId}.tmp`;
        fs.writeFileSync(temp, JSON.stringify({ code, entries: used } satisfies Stored));
        fs.renameSync(temp, file);
      }
      previous = used;
      used = {};
      changed = false;
    },
  };
}
