import fs from "node:fs";
import path from "node:path";
import { tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns";
import YAML, { CST, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type Tags } from "yaml";
import { count } from "../site/text";
import { dayInZone, isCalendarDay, isClock, offsetInZone, readWallClock, shiftDay } from "../site/time";
import { canonicalTimeZone } from "../site/zones";
import { didYouMean } from "./did-you-mean";
import { listContent, type ContentFile } from "./files";
import { readFrontMatter, YAML_OPTIONS } from "./front-matter";
import { instantAt, parseWrittenDate, sameOffset } from "./legacy";
import { problemsOfWriting } from "./load";
import { fileStem, kindFromPath, slugFromPath, sourcePathOf } from "./paths";
import { formatProblem } from "./problems";
import type { Meetup } from "./schema";
import { isLegacy } from "./upgrade";

// `npm run change` edits the front matter through the yaml package's Document, so that every other field keeps its
// comments, order and quoting; it writes nothing the gate would refuse.

const CHANGE_ACTIONS = ["cancel", "postpone", "move", "online", "restore"] as const;
type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export interface ChangeOptions {
  /** move: the new date as date: takes it; a day alone keeps the meetup's time. */
  date?: string;
  /** online: the link people join or watch at. */
  url?: string;
  /** Any action: what changed and why (status_note, Markdown). */
  note?: string;
  /** The moment to tell past from coming dates by; now unless a test says otherwise. */
  now?: Date;
}

/** A change made: the file (as the gate names it), its new text, and a line for each field changed. */
interface Change {
  file: string;
  slug: string;
  text: string;
  said: string[];
}

/** Nothing was written; the message says what to fix. */
export class ChangeRefused extends Error {
  override name = "ChangeRefused";
}

type Status = Meetup["status"];
const STATUS_OF = { cancel: "cancelled", postpone: "postponed", move: "rescheduled", online: "moved-online" } as const;
/** The option only one action takes. */
const OPTION_OF = { date: "move", url: "online" } as const;

// The gate's reading (numbers stay the text written), with nothing to resolve numbers at all: then a number
// is written back exactly as it was (0x1F, 1.10), where the yaml package would print it anew.
const EDIT_OPTIONS = {
  ...YAML_OPTIONS,
  customTags: (tags: Tags) => tags.filter((t) => !/:(int|float)$/.test((t as { tag: string }).tag)),
} as const;

/** Where a field the command adds goes: after the nearest of these the file has. */
const ORDER = ["title", "date", "end", "previous_date", "status", "status_note", "venue", "online"];

const refused = (lines: string[]) => new ChangeRefused(lines.join("\n"));

/**
 * Changes the plans of the meetup `slug` (its file name without .md, or its path) in the content folder `dir`,
 * checks the file it would write as `npm run check` does, and writes it only when nothing is wrong with it.
 */
export function changeMeetup(
  dir: string,
  slug: string,
  action: string,
  options: ChangeOptions,
  { publicDir, timeZone }: { publicDir: string; timeZone: string },
): Change {
  if (!(CHANGE_ACTIONS as readonly string[]).includes(action)) {
    const guess = didYouMean(action, CHANGE_ACTIONS);
    throw refused([
      `unknown action ${JSON.stringify(action)}: expected one of ${CHANGE_ACTIONS.join(", ")}${guess ? `: did you mean "${guess}"?` : ""}`,
    ]);
  }
  for (const option of ["date", "url"] as const) {
    if (options[option] !== undefined && OPTION_OF[option] !== action)
      throw refused([`--${option}: only ${OPTION_OF[option]} takes it, not ${action}`]);
  }
  const file = findMeetup(dir, slug);
  const sourcePath = sourcePathOf(dir, file.relPath);
  const { text, said } = rewriteMeetup(file.text, sourcePath, action as ChangeAction, options, timeZone);
  const problems = problemsOfWriting(dir, { relPath: file.relPath, text }, { publicDir, timeZone });
  if (problems.length > 0) {
    const timeless = problems.some((p) => / time$/.test(p.field) && p.message.startsWith("required"));
    throw refused([
      `${sourcePath} was not changed: the site would refuse it so.`,
      ...problems.map((p) => `  - ${formatProblem(p)}`),
      ...(timeless
        ? [
            "Its slots have no times (postpone takes them out): write each slot's time: and end: in the file, then run this again.",
          ]
        : []),
    ]);
  }
  fs.writeFileSync(path.join(dir, file.relPath), text);
  return { file: sourcePath, slug: slugFromPath(file.relPath), text, said };
}

/** The meetup file with this slug, in any subfolder; a near miss is named. */
function findMeetup(dir: string, wanted: string): ContentFile {
  const slug = slugFromPath(wanted);
  const meetups = listContent(dir).files.filter((f) => kindFromPath(f.relPath) === "meetup");
  const found = meetups.find((f) => slugFromPath(f.relPath) === slug);
  if (found) return found;
  const slugs = meetups.map((f) => slugFromPath(f.relPath));
  const containing = slugs.filter((s) => s.includes(slug));
  const guess = didYouMean(slug, slugs) ?? (containing.length === 1 ? containing[0] : undefined);
  throw refused([
    `no meetup ${JSON.stringify(fileStem(wanted))} in ${dir}/meetups/: ${guess ? `did you mean "${guess}"?` : `expected the name of its file without .md, like "${slugs[0] ?? "2027-03-16-ebpf-night"}"`}`,
  ]);
}

// The hours postpone takes out of a slot, kept in a comment above it for restore and move to put back.
const keptHours = (time: unknown, end: unknown) =>
  ` time: "${String(time)}"${end === undefined ? "" : `, end: "${String(end)}"`} (before it was postponed)`;
const KEPT = /^ ?time: "(\d{1,2}:\d{2})"(?:, end: "(\d{1,2}:\d{2})")? \(before it was postponed\)$/m;

/** A meetup file's text with its plans changed, and what was changed; nothing is checked beyond what the change needs. */
function rewriteMeetup(
  text: string,
  file: string,
  action: ChangeAction,
  options: ChangeOptions,
  siteZone: string,
): { text: string; said: string[] } {
  const at = (field: string, message: string) => refused([formatProblem({ file, field, message })]);
  const front = readFrontMatter(text);
  if (!front.ok)
    throw refused(front.problems.map((message) => formatProblem({ file, field: "front matter", message })));
  const { data } = front.value;
  if (isLegacy(data, front.value.body)) {
    throw at(
      "file",
      `expected the structured form: this is a Jekyll post; run npm run upgrade -- ${/^[\w./+@-]+$/.test(file) ? file : JSON.stringify(file)} first (it keeps the post's old address), then this again`,
    );
  }
  const parts = /^(\uFEFF?---[^\r\n]*\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$)[\s\S]*)$/m.exec(text);
  if (!parts) throw at("front matter", "expected fields between --- lines, each line ending in LF or CRLF");
  // Not strict: the nodes take the plain values set below.
  const doc = YAML.parseDocument<Node, false>(parts[2]!, { ...EDIT_OPTIONS, keepSourceTokens: true });
  const map = doc.contents;
  if (!isMap(map) || doc.errors.length > 0) throw at("front matter", "expected fields (name: value) between --- lines");

  const zone = (typeof data.timezone === "string" && canonicalTimeZone(data.timezone)) || siteZone;
  const was = typeof data.status === "string" ? data.status.toLowerCase() : "scheduled";
  const said: string[] = [];
  const edit = new FrontMatterEdit(map);
  if (
    action !== "restore" &&
    action !== "move" &&
    STATUS_OF[action] === was &&
    options.note === undefined &&
    options.url === undefined
  ) {
    throw at("status", `the meetup is ${was} already: nothing to change; pass --note "..." to change what it says`);
  }
  const today = dayInZone(options.now ?? new Date(), zone);
  const day = typeof data.date === "string" ? parseWrittenDate(data.date)?.day : undefined;
  if (day && day < today && action !== "move" && action !== "restore") {
    said.push(`note: its day, ${day}, has passed; if this was a mistake, restore undoes it`);
  }

  const setStatus = (status: Status) => {
    if (status === "scheduled") edit.remove("status");
    else edit.set("status", status);
    if (status !== was) said.push(`status: ${status} (was ${was})`);
    if (status === "scheduled" && edit.remove("previous_date"))
      said.push("previous_date: removed (a scheduled meetup has none)");
    const note = typeof data.status_note === "string" ? JSON.stringify(data.status_note) : undefined;
    if (options.note !== undefined) {
      edit.set("status_note", options.note, options.note.includes("\n") ? "BLOCK_LITERAL" : "QUOTE_DOUBLE");
      said.push(`status_note: ${JSON.stringify(options.note)}`);
    } else if (note && status !== was) {
      // The note said why the meetup was what it no longer is.
      edit.remove("status_note");
      said.push(`status_note: removed (it said ${note}); pass --note "..." to say what changed`);
    } else if (note) said.push(`status_note: kept (${note}); pass --note "..." to replace it`);
  };

  /** Writes a new date: as date: is written, with end: (a date-time) moved by as many days. */
  const setDate = (dateNode: Scalar, next: string) => {
    const old = String(dateNode.value);
    const days = differenceInCalendarDays(dayOf(next), dayOf(old), { in: tz("UTC") });
    dateNode.value = next;
    edit.touch("date");
    said.push(`date: ${next} (was ${old})`);
    const end = map.get("end", true);
    const written = isScalar(end) && typeof end.value === "string" ? parseWrittenDate(end.value) : undefined;
    if (isScalar(end) && written?.time && days !== 0) {
      const before = String(end.value);
      end.value = inFormOf(before, shiftDay(written.day, days), written.time, zone);
      edit.touch("end");
      said.push(`end: ${String(end.value)} (was ${before})`);
    }
  };

  const slotMaps = () => {
    const slots = map.get("schedule", true);
    return isSeq(slots) ? slots.items.filter(isMap) : [];
  };
  /** A postponed meetup's slots get back the hours postpone kept beside them. */
  const putBackTimes = () => {
    let back = 0;
    const slots = map.get("schedule", true);
    for (const [i, slot] of slotMaps().entries()) {
      // Read back as the slot's comment, or, moved above its dash, as the schedule's (the first slot's) or its own.
      const first = slot.items[0]?.key;
      const holder = [slot, isScalar(first) ? first : undefined, i === 0 && isSeq(slots) ? slots : undefined].find(
        (node) => node && KEPT.test(node.commentBefore ?? ""),
      );
      const kept = holder && KEPT.exec(holder.commentBefore!);
      if (!holder || !kept || slot.has("time")) continue;
      const quoted = (value: string) => Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
      const pairs = [new Pair(new Scalar("time"), quoted(kept[1]!))];
      if (kept[2]) pairs.push(new Pair(new Scalar("end"), quoted(kept[2])));
      slot.items.unshift(...pairs);
      holder.commentBefore = holder.commentBefore!.replace(kept[0], "").replace(/^\n/, "") || undefined;
      back++;
    }
    if (back > 0) {
      edit.touch("schedule");
      said.push(`schedule: time: and end: put back in ${count(back, "slot")}, as they were before it was postponed`);
    }
  };

  const dateNode = map.get("date", true);
  const date = () => {
    if (!isScalar(dateNode) || typeof dateNode.value !== "string")
      throw at("date", "expected the meetup's date, to move it from");
    return dateNode;
  };

  if (action === "restore") {
    if (was === "scheduled") throw at("status", "the meetup is scheduled: there is no change of plans to undo");
    const previous = map.get("previous_date", true);
    const dates = isSeq(previous) ? previous.items : previous ? [previous] : [];
    const last = dates.at(-1);
    // A rescheduled meetup goes back to the date it had before its last move; the others are on again, at the date
    // they were moved to if they had been moved before.
    const movedBefore = was === "rescheduled" ? dates.length > 1 : dates.length > 0;
    if (was === "rescheduled") {
      if (!isScalar(last) || typeof last.value !== "string")
        throw at("previous_date", "expected the date the meetup had, to go back to");
      setDate(date(), last.value);
      if (isSeq(previous) && movedBefore) {
        previous.items.pop();
        edit.touch("previous_date");
        said.push(`previous_date: ${last.value} removed`);
      }
    }
    setStatus(movedBefore ? "rescheduled" : "scheduled");
    if (was === "moved-online" && map.has("online")) said.push("online: kept; delete it if the meetup has no stream");
    putBackTimes();
  } else {
    if (action === "postpone") {
      const emptied = slotMaps().filter((slot) => {
        const [time, end] = [slot.get("time"), slot.get("end")];
        if (![slot.delete("time"), slot.delete("end")].some(Boolean)) return false;
        // Kept beside the slot, so that restore and move can put the evening's hours back.
        // On the slot's first line ("- # time: ..."), where YAML reads it back as the slot's own comment.
        const first = slot.items[0]?.key;
        if (time === undefined || !isScalar(first)) return true;
        const kept = keptHours(time, end);
        first.commentBefore = first.commentBefore ? `${kept}\n${first.commentBefore}` : kept;
        return true;
      });
      if (emptied.length > 0) {
        edit.touch("schedule");
        said.push(
          `schedule: time: and end: taken out of ${count(emptied.length, "slot")}, kept as comments for restore (the talks stay listed)`,
        );
      }
    }
    // The evening's hours come back for a date to hold it on, or a stream to show it at.
    if (action === "move" || action === "online") putBackTimes();
    if (action === "move") {
      const node = date();
      const old = node.value as string;
      const next = newDate(options.date, old, zone);
      if (next === old) throw refused([`--date: the meetup is on ${old} already`]);
      if (parseWrittenDate(next)!.day < today)
        throw refused([`--date: ${next} has passed (today is ${today}); expected a date to come`]);
      setDate(node, next);
      edit.append("previous_date", node.type, old);
      said.push(`previous_date: ${old} added`);
    }
    if (action === "online") {
      if (options.url !== undefined) {
        edit.set("online", options.url, "QUOTE_DOUBLE");
        said.push(`online: ${options.url}`);
      } else if (!map.get("online"))
        throw refused([`--url: required: the link people join or watch at, like https://meet.example.org/our-meetup`]);
    }
    setStatus(STATUS_OF[action]);
  }

  const eol = parts[1]!.endsWith("\r\n") ? "\r\n" : "\n";
  return { text: `${parts[1]}${edit.render(parts[2]!, eol)}${parts[3]}`, said };
}

/**
 * Top-level fields set, added (in ORDER's place) and removed. The fields it didn't touch are written back as
 * they were; those it did, by the yaml package, with the comments and quoting they had.
 */
class FrontMatterEdit {
  private readonly touched = new Set<string>();

  constructor(private readonly map: YAMLMap) {}

  touch(key: string): void {
    this.touched.add(key);
  }

  render(front: string, eol: string): string {
    const write = (contents: unknown) =>
      new YAML.Document(contents, EDIT_OPTIONS)
        .toString({ lineWidth: 0, flowCollectionPadding: false })
        .replace(/\n/g, eol);
    const block = this.map.srcToken;
    if (block?.type !== "block-map") return write(this.map);
    const written = new Map(block.items.map((item) => [item.key, item]));
    const fields = this.map.items.map((pair) => {
      const item =
        isScalar(pair.key) && !this.touched.has(String(pair.key.value)) && written.get(pair.key.srcToken ?? null);
      return item ? CST.stringify(item) : write(Object.assign(new YAMLMap(), { items: [pair] }));
    });
    const end = block.offset + CST.stringify(block).length;
    return `${front.slice(0, block.offset)}${fields.join("")}${front.slice(end)}`;
  }

  private index(key: string): number {
    return this.map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  }

  private add(key: string, node: Node): void {
    const before = ORDER.slice(0, ORDER.indexOf(key)).map((k) => this.index(k));
    this.map.items.splice(Math.max(...before) + 1, 0, new Pair(new Scalar(key), node));
  }

  set(key: string, value: string, type?: Scalar.Type): void {
    this.touch(key);
    const node = this.map.get(key, true);
    if (isScalar(node)) node.value = value;
    else if (node) this.map.set(key, value);
    else this.add(key, Object.assign(new Scalar(value), type && { type }));
  }

  /** Adds a value to a list, turning one value into a list of two. */
  append(key: string, type: Scalar.Type | undefined, value: string): void {
    this.touch(key);
    const node = this.map.get(key, true);
    const item = Object.assign(new Scalar(value), type && { type });
    if (isSeq(node)) node.items.push(item);
    else if (!node) this.add(key, item);
    else {
      const list = new YAMLSeq();
      list.items.push(node, item);
      this.map.set(key, list);
    }
  }

  remove(key: string): boolean {
    return this.map.delete(key);
  }
}

const dayOf = (written: string) => parseWrittenDate(written)?.day ?? written;

/** `day` and `time` written as `like` is: with the zone's offset on that day or without one, with seconds or without. */
function inFormOf(like: string, day: string, time: string | undefined, zone: string): string {
  if (time === undefined) return day;
  const written = parseWrittenDate(like);
  // A day alone becomes the contract's first form: 2027-03-16T19:00:00+02:00.
  const seconds = written?.time && !/\d:\d\d:\d\d/.test(like) ? "" : ":00";
  if (written?.time && !written.offset) return `${day}T${time}${seconds}`;
  return `${day}T${time}${seconds}${offsetInZone(readWallClock(day, time, zone).instant, zone)}`;
}

/** The date to move to, from --date, as the file writes its date; without a time, the meetup keeps its own. */
function newDate(arg: string | undefined, old: string, zone: string): string {
  const expected = `expected the new date as date: takes it, like "2027-03-16T19:00", or a day like "2027-03-16" (the meetup keeps its time)`;
  if (arg === undefined) throw refused([`--date: required for move: ${expected}`]);
  const w = parseWrittenDate(arg);
  if (!w || w.clockUntrusted || !isCalendarDay(w.day) || (w.time !== undefined && !isClock(w.time))) {
    throw refused([`--date: ${expected}, got ${JSON.stringify(arg)}`]);
  }
  const time = w.time ?? parseWrittenDate(old)?.time;
  if (w.time && w.offset) {
    const own = offsetInZone(instantAt(w.day, w.time, w.offset), zone);
    if (!sameOffset(own, w.offset)) {
      throw refused([
        `--date: expected the offset of ${zone} on that day (${own}), got ${w.offset}; or leave the offset out`,
      ]);
    }
  }
  if (time && readWallClock(w.day, time, zone).skipped) {
    throw refused([
      `--date: ${time} doesn't exist on ${w.day} in ${zone}: the clocks go forward over it; expected a time outside that gap`,
    ]);
  }
  return inFormOf(old, w.day, time, zone);
}
