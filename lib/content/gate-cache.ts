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

interface Entry {
  outcome: FileOutcome;
  reads: PublicRead[];
}

// Every command runs from the project's folder (npm runs scripts there); the build's content step runs
// from a bundle of this code (lib/build/content-process.ts), so its own place says nothing.
const projectRoot = process.cwd();

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
  /** Keeps what this load used (and, for its folder, nothing else) for the next build. */
  save(): void;
  /** How many outcomes this load reused and how many it made. */
  readonly counts: { reused: number; checked: number };
}

/** Outcomes by content folder and options (a "scope"), then by file; one cache file per code key. */
interface Stored {
  code: string;
  scopes: Record<string, Record<string, Entry>>;
}

/** Cache files of other code (older versions of lib/, other sites' settings) kept besides the current one. */
const KEEP_OTHER_FILES = 3;

/** The cache in `folder` for `code`: empty when there is none yet, or it can't be read. */
export function openGateCache(folder = GATE_CACHE_DIR, code = gateCodeKey()): GateCache {
  const file = path.join(folder, `gate-${code.slice(0, 32)}.json`);
  let stored: Stored = { code, scopes: {} };
  try {
    const read = JSON.parse(fs.readFileSync(file, "utf8")) as Stored;
    if (read.code === code) stored = read;
  } catch {
    // No cache yet, or a broken one: every file is checked.
  }
  // What this load used, by scope: the next build's cache for that scope.
  const used = new Map<string, Record<string, Entry>>();
  let changed = false;
  const counts = { reused: 0, checked: 0 };

  return {
    counts,
    outcome(contentFile, dir, options, check) {
      const scope = JSON.stringify([dir, options]);
      const key = sha256(contentFile.relPath, contentFile.text);
      const now = used.get(scope) ?? {};
      used.set(scope, now);
      const known = stored.scopes[scope]?.[key];
      if (known && publicReadsHold(known.reads)) {
        now[key] = known;
        counts.reused++;
        return known.outcome;
      }
      const { value: outcome, reads } = recordPublicReads(check);
      // As it will be read back, so that a fresh outcome and a reused one are the same data.
      const entry = JSON.parse(JSON.stringify({ outcome, reads })) as Entry;
      now[key] = entry;
      changed = true;
      counts.checked++;
      return entry.outcome;
    },
    save() {
      for (const [scope, entries] of used) {
        // A file removed or renamed since: its old outcome goes.
        changed ||= Object.keys(entries).length !== Object.keys(stored.scopes[scope] ?? {}).length;
        stored.scopes[scope] = entries;
      }
      if (used.size > 0) {
        fs.mkdirSync(folder, { recursive: true });
        if (changed) writeWhole(file, JSON.stringify(stored));
        else touch(file);
        pruneOthers(folder, file);
      }
      used.clear();
      changed = false;
    },
  };
}

/** Written whole, then renamed: a build stopped halfway leaves the old cache, not half a file. */
function writeWhole(file: string, text: string): void {
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}

/** Marks a cache file as used, for pruneOthers. */
function touch(file: string): void {
  try {
    fs.utimesSync(file, new Date(), new Date());
  } catch {
    // Deleted meanwhile: the next build checks every file again.
  }
}

/** Deletes all but the latest few cache files of other code: each lib/ edit makes a new one. */
function pruneOthers(folder: string, current: string): void {
  const others = fs
    .readdirSync(folder)
    .filter((name) => /^gate-.*\.json$/.test(name) && path.join(folder, name) !== current)
    .map((name) => ({ file: path.join(folder, name), time: fs.statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of others.slice(KEEP_OTHER_FILES)) fs.rmSync(file, { force: true });
}
