import { renderMarkdown, firstParagraph } from "../markdown";
import {
  addHours,
  dayInZone,
  formatClock,
  isCalendarDay,
  isClock,
  isoInZone,
  isTimeZone,
  offsetInZone,
  wallClock,
} from "../time";
import { parseWrittenDate, readLegacyBody, type WrittenDate } from "./legacy";
import { FieldReader, shown, type Problem } from "./problems";
import type { Meetup, Slot, Venue } from "./types";

export interface RawDocument {
  /** From the project root: content/meetups/x.md */
  sourcePath: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

interface SlotDraft {
  field: string;
  time: string;
  end?: string;
  title: string;
  kind: Slot["kind"];
  speakers: string[];
  abstract?: string;
  slides?: string;
  video?: string;
}

const DATE_EXAMPLE = `a date like "2016-07-12T19:00:00+03:00" or "2016-07-12"`;

export interface NormaliseOptions {
  /** Markdown to HTML; a check that only wants the problems skips the rendering. */
  render?: (markdown: string) => string;
}

export function normaliseMeetup(
  doc: RawDocument,
  siteZone: string,
  { render = renderMarkdown }: NormaliseOptions = {},
): { meetup?: Meetup; problems: Problem[] } {
  const r = new FieldReader(doc.sourcePath, doc.data);

  const title = r.string("title", { required: true, what: "the meetup's title" });

  let timeZone = r.string("timezone", { what: `an IANA time zone like "Asia/Jerusalem"` }) ?? siteZone;
  if (!isTimeZone(timeZone)) {
    r.fail("timezone", `expected an IANA time zone like "Asia/Jerusalem", got ${shown(timeZone)}`);
    timeZone = siteZone;
  }

  const dateText = r.string("date", { required: true, what: DATE_EXAMPLE });
  let written: WrittenDate | undefined;
  if (dateText !== undefined) {
    written = parseWrittenDate(dateText);
    if (!written) r.fail("date", `expected ${DATE_EXAMPLE}, got ${shown(dateText)}`);
    else if (!isCalendarDay(written.day)) {
      r.fail("date", `expected a day that exists in the calendar, got ${shown(dateText)}`);
      written = undefined;
    } else if (written.time && !isClock(written.time)) {
      r.fail("date", `expected a time of day between 00:00 and 23:59, got ${shown(dateText)}`);
      written = undefined;
    }
  }

  // Without a structured schedule, a legacy body may hold one in free text.
  const legacyBody = r.has("schedule") ? undefined : readLegacyBody(doc.body);
  const legacy = legacyBody !== undefined && (legacyBody.slots.length > 0 || legacyBody.rsvp !== undefined);
  const slotDrafts = legacyBody ? legacySlots(legacyBody.slots) : structuredSlots(r);

  const venue = readVenue(r);
  const rsvp = r.url("rsvp") ?? legacyBody?.rsvp;
  const categories = r.words("categories");
  const topics = uniqueWords([...r.words("topics"), ...categories, ...r.words("tags")]);
  const redirects = readRedirects(r);
  const draft = r.boolean("draft", false);
  const body = legacy && legacyBody ? legacyBody.rest : doc.body;
  const summary = r.string("summary") ?? firstParagraph(body);

  if (!title || !written) return { problems: r.problems };

  const when = resolveStart(r, written, timeZone, slotDrafts[0]?.time);
  if (!when) return { problems: r.problems };
  const { day, time } = when;
  const start = wallClock(day, time ?? "00:00", timeZone);
  const explicitEnd = readEnd(r, day, timeZone, start);
  const schedule = resolveSlots(r, slotDrafts, day, timeZone, explicitEnd, render);

  // A Jekyll post keeps answering at the address the old site gave it.
  const isJekyllPost = r.has("layout") || r.has("categories");
  const permalink = isJekyllPost ? jekyllPermalink(doc.slug, categories, day) : undefined;
  if (permalink && !redirects.includes(permalink)) redirects.push(permalink);

  const lastSlot = schedule.at(-1);
  const end =
    explicitEnd ??
    (lastSlot ? new Date(lastSlot.end ?? lastSlot.start) : undefined) ??
    (time ? addHours(start, 2) : wallClock(nextDay(day), "00:00", timeZone));

  if (r.problems.length > 0) return { problems: r.problems };
  return {
    problems: [],
    meetup: {
      slug: doc.slug,
      sourcePath: doc.sourcePath,
      title,
      timeZone,
      day,
      hasTime: time !== undefined,
      start: isoInZone(start, timeZone),
      end: isoInZone(end, timeZone),
      ...(venue && { venue }),
      ...(rsvp && { rsvp }),
      ...(summary && { summary }),
      topics,
      draft,
      schedule,
      bodyHtml: render(body),
      legacy,
      redirects,
    },
  };
}

/** The event's day and start time in its own zone; the time is undefined when it can't be known. */
function resolveStart(
  r: FieldReader,
  written: WrittenDate,
  zone: string,
  firstSlot: string | undefined,
): { day: string; time?: string } | undefined {
  if (written.iso && written.time) {
    if (!written.offset) return { day: written.day, time: written.time };
    const instant = new Date(`${written.day}T${written.time}:00${written.offset}`);
    const expected = offsetInZone(instant, zone);
    if (!sameOffset(expected, written.offset)) {
      r.fail(
        "date",
        `expected the offset of ${zone} on that day (${expected}), got ${written.offset}; fix the offset or set timezone`,
      );
      return undefined;
    }
    return { day: dayInZone(instant, zone), time: formatClock(instant, zone) };
  }
  // Jekyll forms and a bare day: the day is as written; the schedule knows the time best.
  if (firstSlot) return { day: written.day, time: firstSlot };
  if (written.time && !written.clockUntrusted) {
    if (!written.offset) return { day: written.day, time: written.time };
    const expected = offsetInZone(wallClock(written.day, written.time, zone), zone);
    if (sameOffset(expected, written.offset)) return { day: written.day, time: written.time };
  }
  return { day: written.day };
}

function sameOffset(a: string, b: string): boolean {
  const norm = (o: string) => (o === "Z" ? "+00:00" : o);
  return norm(a) === norm(b);
}

function readEnd(r: FieldReader, day: string, zone: string, start: Date): Date | undefined {
  const text = r.string("end", { what: `a date-time like "2016-07-12T21:00:00+03:00" or a time like "21:00"` });
  if (text === undefined) return undefined;
  let end: Date | undefined;
  if (isClock(text)) end = wallClock(day, text.padStart(5, "0"), zone);
  else {
    const w = parseWrittenDate(text);
    if (w?.time && isCalendarDay(w.day)) {
      end = w.offset ? new Date(`${w.day}T${w.time}:00${w.offset}`) : wallClock(w.day, w.time, zone);
    }
  }
  if (!end) {
    r.fail("end", `expected a date-time like "2016-07-12T21:00:00+03:00" or a time like "21:00", got ${shown(text)}`);
    return undefined;
  }
  if (end <= start) {
    r.fail("end", `expected a time after the start (${isoInZone(start, zone)}), got ${shown(text)}`);
    return undefined;
  }
  return end;
}

/**
 * Jekyll's default permalink, /:categories/:year/:month/:day/:title.html, where
 * the title is the file name after its date (2016-07-12-breaking-the-wall.markdown).
 */
export function jekyllPermalink(slug: string, categories: string[], day: string): string | undefined {
  const title = /^\d{4}-\d{2}-\d{2}-(.+)$/.exec(slug)?.[1];
  if (!title) return undefined;
  const [y, m, d] = day.split("-");
  return `/${[...categories, y, m, d].join("/")}/${title}.html`;
}

/** `redirect_from`, as Jekyll's redirect plugin spells it: old paths of this meetup. */
function readRedirects(r: FieldReader): string[] {
  return r.words("redirect_from").filter((path, i) => {
    if (path.startsWith("/") && !path.includes("//") && !/[?#\s]/.test(path)) return true;
    r.fail(`redirect_from[${i}]`, `expected a path on this site starting with "/", like "/meetups/2016/07/12/title.html", got ${shown(path)}`);
    return false;
  });
}

function readVenue(r: FieldReader): Venue | undefined {
  if (typeof r.data.venue === "string") {
    const name = r.string("venue");
    return name ? { name } : undefined;
  }
  const v = r.object("venue");
  if (!v) return undefined;
  const name = v.string("name", { required: true, what: "the venue's name" });
  const address = v.string("address");
  const map = v.url("map");
  if (!name) return undefined;
  return { name, ...(address && { address }), ...(map && { map }) };
}

function structuredSlots(r: FieldReader): SlotDraft[] {
  return r.list("schedule").flatMap((s) => {
    const time = clockField(s, "time", true);
    const end = clockField(s, "end", false);
    const title = s.string("title", { required: true, what: "the slot's title" });
    const speakers = s.words("speakers");
    const kind = readKind(s, speakers);
    const abstract = s.string("abstract");
    const slides = s.url("slides");
    const video = s.url("video");
    if (!time || !title) return [];
    return [
      {
        field: s.prefix,
        time,
        end,
        title,
        kind,
        speakers,
        abstract,
        slides,
        video,
      },
    ];
  });
}

/**
 * A slot with speakers is a talk, one without is a break, unless it says
 * `kind: talk` (a talk whose speakers aren't linked yet, as after an upgrade).
 */
function readKind(s: FieldReader, speakers: string[]): Slot["kind"] {
  const kind = s.string("kind");
  if (kind === undefined) return speakers.length > 0 ? "talk" : "break";
  if (kind === "talk" || kind === "break") return kind;
  s.fail("kind", `expected talk or break, got ${shown(kind)}`);
  return "talk";
}

function clockField(s: FieldReader, field: string, required: boolean): string | undefined {
  const text = s.string(field, { required, what: `a time like "19:15"` });
  if (text === undefined) return undefined;
  if (!isClock(text)) return s.fail(field, `expected a time like "19:15", got ${shown(text)}`);
  return text.padStart(5, "0");
}

function legacySlots(slots: ReturnType<typeof readLegacyBody>["slots"]): SlotDraft[] {
  return slots.map((s) => ({
    field: `body, schedule line "${s.time}-${s.end} ${s.title}"`,
    time: s.time,
    end: s.end,
    title: s.title,
    kind: s.isBreak ? "break" : "talk",
    speakers: [],
  }));
}

/** Places slots on the meetup's day and checks that they are in order and don't overlap. */
function resolveSlots(
  r: FieldReader,
  drafts: SlotDraft[],
  day: string,
  zone: string,
  meetupEnd: Date | undefined,
  render: (markdown: string) => string,
): Slot[] {
  const starts = drafts.map((d) => wallClock(day, d.time, zone));
  const writtenEnds = drafts.map((d) => (d.end ? wallClock(day, d.end, zone) : undefined));
  return drafts.map((d, i) => {
    const start = starts[i]!;
    const end = writtenEnds[i] ?? starts[i + 1] ?? meetupEnd;
    // A legacy slot is a line of the body, which has no sub-fields to name.
    const fail = (sub: string, message: string) =>
      r.problems.push({ file: r.file, field: d.field.startsWith("body") ? d.field : `${d.field}${sub}`, message });
    if (d.end && end && end <= start) fail(".end", `expected a time after ${d.time}, got ${shown(d.end)}`);
    const prev = drafts[i - 1];
    const prevStart = starts[i - 1];
    if (prev && prevStart) {
      const prevEnd = writtenEnds[i - 1] ?? prevStart;
      if (start < prevStart) {
        fail(".time", `slots out of order: expected a time at or after ${prev.time} (the slot before), got ${shown(d.time)}`);
      } else if (start < prevEnd) {
        fail(".time", `slots overlap: expected a time at or after ${prev.end} (when the slot before ends), got ${shown(d.time)}`);
      }
    }
    return {
      start: isoInZone(start, zone),
      ...(end && { end: isoInZone(end, zone) }),
      title: d.title,
      kind: d.kind,
      speakers: d.speakers,
      ...(d.abstract && { abstractHtml: render(d.abstract) }),
      ...(d.slides && { slides: d.slides }),
      ...(d.video && { video: d.video }),
    };
  });
}

function uniqueWords(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = w.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
