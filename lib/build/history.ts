import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseFile } from "../content/load";
import { normaliseMeetup, type RawDocument } from "../content/meetup";
import { fileSizeProblem } from "../content/limits";
import { MARKDOWN_FILE, slugFromPath } from "../content/paths";
import type { Problem } from "../content/problems";
import type { Meetup } from "../content/schema";

// A calendar replaces its copy of a meetup only when SEQUENCE goes up, and a build keeps nothing from the last:
// so SEQUENCE is counted from the file's git history, which only grows, as long as the clone has all of it.

interface History {
  /** Each meetup with its `sequence`, `added` and `modified`. */
  meetups: Meetup[];
  /** Said once: the history could not be read, or only part of it. */
  warning?: string;
  /** A shallow clone in CI: a deploy would lower SEQUENCE for good. */
  problem?: Problem;
}

interface Version {
  blob: string;
  /** The commit's time, in seconds. */
  time: number;
}

const NO_BLOB = /^0+$/;

function git(cwd: string, args: string[], input?: string): { out: Buffer; error?: string } {
  const run = spawnSync("git", args, { cwd, input, maxBuffer: 1 << 30 });
  if (run.error) return { out: Buffer.alloc(0), error: run.error.message };
  if (run.status !== 0) return { out: run.stdout, error: run.stderr.toString().trim().split("\n")[0] ?? "" };
  return { out: run.stdout };
}

/** What a calendar shows of the evening and its talks: their hours, where, and whether it happens. */
function calendarKey(m: Meetup): string {
  const talks = m.schedule.filter((s) => s.kind === "talk").map((s) => [s.anchor, s.start, s.end]);
  return JSON.stringify([m.start, m.end, m.venue?.name, m.venue?.address, m.online, m.status, talks]);
}

/**
 * What, as written, decides the calendar key: only a version that differs in these from the one before it is read
 * through the gate. A legacy post's schedule may be in its body.
 */
function calendarInputs({ data, body }: RawDocument): string {
  const slot = (s: unknown) => {
    if (typeof s !== "object" || s === null) return s;
    const { time, end, title, kind, speakers } = s as Record<string, unknown>;
    return [time, end, title, kind, speakers];
  };
  const venue = data.venue as Record<string, unknown> | undefined;
  const place = typeof venue === "object" && venue !== null ? [venue.name, venue.address] : venue;
  const schedule = Array.isArray(data.schedule) ? data.schedule.map(slot) : (data.schedule ?? body);
  return JSON.stringify([data.date, data.end, data.timezone, place, data.online, data.status, schedule]);
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const fileTime = (file: string) => iso(fs.statSync(file).mtimeMs);

/** Each version read, by blob (blobs never change): its inputs, and its key once the gate read it (null: refused today). */
const versionsRead = new Map<string, { inputs: string; doc?: RawDocument; key?: string | null }>();
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A file's text as git names it: the file as it is now is often a version already read. */
const gitBlob = (bytes: Buffer) => ({
  blob: createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex"),
  bytes,
});

/** A version's inputs, read once; `key` when it is known already (the file as the gate read it in this build). */
function readVersion({ blob, bytes }: { blob: string; bytes: Buffer }, relPath: string, dir: string, key?: string) {
  let read = versionsRead.get(blob);
  if (!read) {
    let text: string | undefined;
    try {
      // An old version over the size limit is one the gate refuses, and is never read: it could stall the build.
      if (fileSizeProblem(bytes.length)) throw new Error("too large");
      text = utf8.decode(bytes);
    } catch {
      // Too large, or not UTF-8: a version the gate refuses.
    }
    const doc = text === undefined ? undefined : parseFile({ relPath, text }, dir).doc;
    read = doc ? { inputs: calendarInputs(doc), doc } : { inputs: "", key: null };
    versionsRead.set(blob, read);
  }
  if (key !== undefined && read.key === undefined) {
    read.key = key;
    delete read.doc;
  }
  return read.inputs;
}

/**
 * Each meetup with `sequence` (how many times what its calendars show changed, uncommitted changes counted),
 * `added` (its first commit) and `modified` (its last commit, or the file's time when uncommitted or untracked).
 */
export function readHistory(dir: string, meetups: Meetup[], siteZone: string, { ci = !!process.env.CI } = {}): History {
  const fromFiles = () =>
    meetups.map((m) => ({ ...m, sequence: 0, added: fileTime(m.sourcePath), modified: fileTime(m.sourcePath) }));
  const where = git(dir, ["rev-parse", "--is-shallow-repository", "--show-prefix"]);
  const noHistory = (reason: string) => ({
    meetups: fromFiles(),
    warning: `${dir} has no git history to read (${reason}): every calendar event says SEQUENCE:0, so a calendar that already has a meetup may not take its changes.`,
  });
  if (where.error !== undefined) return noHistory(where.error);
  const [shallow, prefix = ""] = where.out.toString().split("\n");

  // One walk for every file: each commit's time, then its changes (":modes blobs status", path), NUL-separated.
  const log = git(dir, [
    "-c",
    "core.quotePath=false",
    "log",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "--diff-merges=first-parent",
    "--date-order",
    "--reverse",
    "-z",
    "--format=%x01%ct",
    "--",
    "meetups",
  ]);
  if (log.error !== undefined) return noHistory(log.error);
  // A meetup keeps its UID when its file moves to another folder: its history goes by slug.
  const versions = new Map<string, Version[]>();
  let time = 0;
  const fields = log.out.toString().split("\0");
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!.replace(/^\n/, "");
    if (field.startsWith("\x01")) time = Number(field.slice(1));
    else if (field.startsWith(":")) {
      const blob = field.split(" ")[3] ?? "";
      const file = fields[++i] ?? "";
      if (NO_BLOB.test(blob) || !file.startsWith(prefix) || !MARKDOWN_FILE.test(file)) continue;
      const slug = slugFromPath(file);
      if (!versions.has(slug)) versions.set(slug, []);
      versions.get(slug)!.push({ blob, time });
    }
  }

  // Porcelain names files from the repository's root; -z adds a renamed file's old name after it.
  const changed = new Set<string>();
  const status = git(dir, ["status", "--porcelain", "-z", "--untracked-files=all", "--", "meetups"]).out.toString();
  const entries = status.split("\0");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length > 3) changed.add(entry.slice(3));
    if (/^[RC]/.test(entry)) i++;
  }

  // Only files with more than one version are read again, each old version once.
  const base = dir.split(path.sep).join("/");
  const relPath = (m: Meetup) => path.posix.relative(base, m.sourcePath);
  const dirty = (m: Meetup) => changed.has(prefix + relPath(m));
  const needed = new Set(meetups.filter((m) => (versions.get(m.slug)?.length ?? 0) > (dirty(m) ? 0 : 1)));
  const files = new Map([...needed].flatMap((m) => versions.get(m.slug)!.map((v) => [v.blob, relPath(m)] as const)));
  readBlobs(
    dir,
    [...files.keys()].filter((blob) => !versionsRead.has(blob)),
    (blob, bytes) => readVersion({ blob, bytes }, files.get(blob)!, dir),
  );
  const keyOf = (blob: string) => {
    const read = versionsRead.get(blob);
    if (read?.doc) {
      const old = normaliseMeetup(read.doc, siteZone, { html: false, publicDir: false }).meetup;
      read.key = old ? calendarKey(old) : null;
      delete read.doc;
    }
    return read?.key;
  };

  const dated = meetups.map((m) => {
    const own = versions.get(m.slug) ?? [];
    const last = own.at(-1);
    const modified = last && !dirty(m) ? iso(last.time * 1000) : fileTime(m.sourcePath);
    const added = own[0] ? iso(own[0].time * 1000) : modified;
    if (!needed.has(m)) return { ...m, sequence: 0, added, modified };
    // Versions in a row with the same inputs have one key: that of the first the gate takes today (a row
    // it refuses entirely is passed over), or the file's own when they are like it. The file comes last.
    const current = calendarKey(m);
    const nowInputs = readVersion(gitBlob(fs.readFileSync(m.sourcePath)), relPath(m), dir, current);
    const keys: string[] = [];
    let row: { inputs?: string; key?: string } = {};
    for (const { blob } of own) {
      const inputs = versionsRead.get(blob)?.inputs;
      if (inputs === undefined) continue;
      if (inputs !== row.inputs) {
        if (row.key) keys.push(row.key);
        row = { inputs };
      }
      row.key ??= inputs === nowInputs ? current : (keyOf(blob) ?? undefined);
    }
    if (row.key) keys.push(row.key);
    keys.push(current);
    const sequence = keys.filter((k, i) => i > 0 && k !== keys[i - 1]).length;
    return { ...m, sequence, added, modified };
  });
  if (shallow !== "true") return { meetups: dated };
  const message =
    "the clone's git history is shallow, so calendars would get a lower SEQUENCE than they have and ignore changes: fetch all of it (git fetch --unshallow; in GitHub Actions, fetch-depth: 0 on actions/checkout)";
  return ci
    ? { meetups: dated, problem: { file: `${base}/meetups`, field: "git history", message } }
    : { meetups: dated, warning: `${base}/meetups: ${message}.` };
}

/** Reads blobs with one `git cat-file --batch`: "<sha> blob <size>\n<bytes>\n" each; a missing one is skipped. */
function readBlobs(dir: string, blobs: string[], read: (blob: string, bytes: Buffer) => void): void {
  if (blobs.length === 0) return;
  const { out } = git(dir, ["cat-file", "--batch"], blobs.join("\n") + "\n");
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const [blob = "", type, size] = out.subarray(at, eol).toString().split(" ");
    at = eol + 1;
    if (type !== "blob") continue;
    read(blob, out.subarray(at, at + Number(size)));
    at += Number(size) + 1;
  }
}
