import fs from "node:fs";
import { addHours } from "date-fns";
import { plainText } from "./markdown";
import { shortSummary, slugify, topicSlug } from "../site/text";
import {
  dayInZone,
  FIRST_YEAR,
  formatClock,
  isCalendarDay,
  isClock,
  isoInZone,
  nextDay,
  offsetInZone,
  readWallClock,
  startOfDay,
  yearInZone,
} from "../site/time";
import { recordingOf, videoProblem } from "../site/recordings";
import {
  JEKYLL_FIELDS,
  JEKYLL_THEME_FIELDS,
  HOST_FIELDS,
  MEETUP_FIELDS,
  MEETUP_STATUSES,
  PHOTO_FIELDS,
  SLOT_FIELDS,
  VENUE_FIELDS,
} from "./schema";
import {
  hebrewText,
  instantAt,
  isJekyllPost,
  jekyllDay,
  jekyllSlugify,
  parseWrittenDate,
  readLegacyBody,
  readLiquid,
  sameOffset,
  type WrittenDate,
} from "./legacy";
import { checkDrawable } from "./drawable";
import { didYouMean } from "./did-you-mean";
import {
  countProblem,
  DERIVED_SUMMARY,
  lineAtOffset,
  markdownShapeProblem,
  MAX_SLOTS,
  MAX_SUMMARY,
  MAX_TOPIC,
  MAX_TOPICS,
  lineLengthProblem,
} from "./limits";
import { markdownField, optionalMarkdown, type FieldLink } from "./markdown-field";
import { FieldReader, fieldPath, shown, textProblem, type Problem } from "./problems";
import { fileStem, slugFromPath } from "./paths";
import { pageFile, publicFile, reservedPath } from "./site-paths";
import { PERMALINK_PLACEHOLDERS, PERMALINK_STYLES, permalinkProblem } from "./settings";
import { checkWebAddress } from "./url-policy";
import { LOGO_EXTENSIONS, PHOTO_EXTENSIONS, readImageSize } from "./images";
import type { Host, ImageFile, Meetup, Photo, Slot, Venue, Geo } from "./schema";

export interface RawDocument {
  /** From the project root: content/meetups/x.md */
  sourcePath: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
  /** The line of the file on which the body starts, for messages. */
  bodyLine?: number;
}

export interface NormaliseOptions {
  /** Render Markdown to HTML (default); a check that only wants the problems still checks it. */
  html?: boolean;
  /**
   * public/ (the default): photos, logos and slides must be files in it, and old addresses must not be.
   * false: nothing is looked up in a folder (an old version of the file, read from git).
   */
  publicDir?: string | false;
  /** The old Jekyll site's permalink style, from the settings' jekyll_permalink: date (Jekyll's default) unless set. */
  jekyllPermalink?: string;
}

/** What a meetup file refers to in other files, read even when the file has problems of its own. */
export interface MeetupRefs {
  speakers: { field: string; slug: string }[];
  /** Old addresses that passed the file's own checks. */
  redirects: { field: string; path: string }[];
  /** Its topics as written: two spellings with one address, in any files, are a problem. */
  topics: { field: string; name: string }[];
  /** Links of its Markdown to paths on this site: the site must have each. */
  links: FieldLink[];
  /** Its day, when it could be read, and whether it has talks: the year pages it is on. */
  day?: string;
  talks: boolean;
  draft: boolean;
}

interface SlotDraft {
  field: string;
  /** Absent only in a postponed meetup, whose new times aren't known. */
  time?: string;
  end?: string;
  title: string;
  kind: Slot["kind"];
  speakers: string[];
  abstractHtml?: string;
  slides?: string;
  video?: string;
  language?: string;
}

/** The category of the old site's posts: the part of their addresses that said "meetups". */
const JEKYLL_SECTION = "meetups";
const FAR_FUTURE =
  "expected a day the calendars and feeds can hold: the meetup would end in the year 10000; a placeholder like 9999-12-31 isn't a date: write a likely date and keep the meetup a draft (draft: true) until it is set";

const DATE_EXAMPLE = `a date like "2016-07-12T19:00:00+03:00" or "2016-07-12"`;

/** Reads one meetup file's front matter and body into the shape the pages use, with every problem found. */
export function normaliseMeetup(
  doc: RawDocument,
  siteZone: string,
  { html = true, publicDir: folder = "public", jekyllPermalink: jekyllStyle }: NormaliseOptions = {},
): { meetup?: Meetup; problems: Problem[]; refs: MeetupRefs } {
  const publicDir = folder || undefined;
  const r = new FieldReader(doc.sourcePath, doc.data);
  const refs: MeetupRefs = { speakers: [], redirects: [], topics: [], links: [], talks: false, draft: false };
  const jekyllPost = isJekyllPost(doc.data);
  r.known([...MEETUP_FIELDS, ...JEKYLL_FIELDS, ...(jekyllPost ? JEKYLL_THEME_FIELDS : [])]);
  // /meetups/<year>/ is the archive's page for that year.
  if (/^\d{4}$/.test(doc.slug)) {
    r.fail(
      "file name",
      `expected a name that isn't only a year: /meetups/${doc.slug}/ is the archive's page for ${doc.slug}; add the date or the title, like "${doc.slug}-07-12-title.md"`,
    );
  }

  const title = r.string("title", { required: true, what: "the meetup's title" });
  checkDrawable(r, "title", title, 700);

  const timeZone = r.timeZone("timezone") ?? siteZone;
  // Jekyll dated a post that has no date: by its file name.
  const fileDay = jekyllPost && !r.has("date") ? /^\d{4}-\d{2}-\d{2}(?=-)/.exec(doc.slug)?.[0] : undefined;
  const dateText = fileDay ?? r.string("date", { required: true, what: DATE_EXAMPLE });
  const written = dateText === undefined ? undefined : checkWrittenDate(r, "date", dateText);
  const liquid = jekyllPost ? readLiquid(doc.body) : { text: doc.body, tags: [] };
  for (const { tag, line } of liquid.tags) {
    // A link to another post stood for its page, which the site has under the post's own name.
    const post = /^\{%-?\s*post_url\s+(?:[^\s%]*\/)?([^\s/%]+?)\s*-?%\}$/.exec(tag)?.[1];
    const instead = post ? `: write its address, /meetups/${slugFromPath(post)}/` : ": write out what it stood for";
    r.fail(
      "body",
      `line ${(doc.bodyLine ?? 1) + line - 1}: expected Markdown, got Jekyll's ${shown(tag)}, which the site doesn't run${instead}`,
    );
  }
  const bodySource = liquid.text;
  const status = readStatus(r);

  // Without a structured schedule, a legacy body may hold one in free text.
  // A body the Markdown renderer would take minutes over is only reported (as the body's problem), not read for a schedule.
  const legacyBody = r.has("schedule") || markdownShapeProblem(bodySource) ? undefined : readLegacyBody(bodySource);
  const legacy = legacyBody !== undefined && (legacyBody.slots.length > 0 || legacyBody.rsvp !== undefined);
  const tooManyLegacy = legacyBody && countProblem(legacyBody.slots.length, MAX_SLOTS, "schedule lines");
  if (tooManyLegacy) r.fail("body", tooManyLegacy);
  const slotDrafts = legacyBody
    ? tooManyLegacy
      ? []
      : legacySlots(r, legacyBody.slots)
    : structuredSlots(r, refs, html, publicDir, status);
  refs.talks = slotDrafts.some((d) => d.kind === "talk");

  const venue = readVenue(r, html, refs);
  const rsvp = r.url("rsvp") ?? legacyBody?.rsvp;
  const online = r.url("online");
  if (status === "moved-online" && !r.has("online")) {
    r.fail(
      "online",
      "required for a meetup that moved online: expected the link people join or watch at, like https://meet.example.org/our-meetup",
    );
  }
  const noteHtml = optionalMarkdown(r, "status_note", html, refs.links);
  if (noteHtml !== undefined && status === "scheduled") {
    r.fail(
      "status_note",
      `a note says what changed: expected status: beside it (${CHANGED_STATUSES}), or no status_note`,
    );
  }
  // A Jekyll post had no field for its language: one written in Hebrew says so, for screen readers.
  const language = readLanguage(r, "language") ?? (jekyllPost ? hebrewText(`${title}\n${bodySource}`) : undefined);
  const hosts = readHosts(r, publicDir);
  const photos = readPhotos(r, publicDir);
  const topicWords = new Map(["topics", "category", "categories", "tags", "tag"].map((f) => [f, r.words(f)]));
  // In the order Jekyll put them in the address: categories:, then category:.
  const categories = [...topicWords.get("categories")!, ...topicWords.get("category")!];
  // Jekyll's `categories: meetups` put the posts under /meetups/, the section every meetup is in: not a subject.
  for (const f of ["category", "categories"]) {
    topicWords.set(
      f,
      topicWords.get(f)!.filter((c) => c.toLowerCase() !== JEKYLL_SECTION),
    );
  }
  const topics = readTopics(r, refs, topicWords);
  // Jekyll's template name, and what its themes showed beside a post (its author, comments): never used.
  r.string("layout");
  // Jekyll leaves a post with `published: false` out of the site: here, that is a draft.
  const draft = r.boolean("draft", false) || !r.boolean("published", true);
  refs.draft = draft;

  const bodyText = legacy && legacyBody ? legacyBody.rest : bodySource;
  const body = markdownField(r, "body", bodyText, html, legacy ? undefined : doc.bodyLine);
  // A Jekyll post's text lost its schedule lines on the way: each link is placed by where the file has it.
  refs.links.push(...(legacy ? body.links.map((link) => ({ ...link, where: lineOf(doc, link.url) })) : body.links));
  // One written is kept as it is, within a limit; one taken from the body is cut to a sentence or two.
  // Jekyll's themes described a post by its description, else its excerpt.
  const ownSummary = writtenSummary(r, "summary") ?? writtenSummary(r, "description");
  const excerpt = writtenSummary(r, "excerpt");
  const derived = excerptBefore(r, bodySource) ?? body.summary;
  const summary =
    ownSummary ??
    (excerpt !== undefined ? plainText(excerpt) || undefined : undefined) ??
    (derived !== undefined ? shortSummary(derived, DERIVED_SUMMARY) : undefined);

  const redirects: string[] = [];
  const files = new Set<string>();
  const addRedirect = (field: string, path: string) => {
    const reason = reservedPath(path, { publicDir });
    if (reason) return r.fail(field, `the old address ${shown(path)} can't be used: ${reason}`);
    // Written once, however it is spelt ("/a" and "/a/" are one file).
    const file = pageFile(path);
    if (files.has(file)) return;
    files.add(file);
    redirects.push(path);
    refs.redirects.push({ field, path });
  };
  const redirectValue = r.value("redirect_from");
  // One path, as Jekyll reads it (a comma or a space is part of it), or a list of paths.
  if (typeof redirectValue === "string") {
    if (redirectValue.trim()) addRedirect("redirect_from", redirectValue.trim());
  } else {
    const field = (i: number) => (Array.isArray(redirectValue) ? `redirect_from[${i}]` : "redirect_from");
    r.words("redirect_from").forEach((path, i) => addRedirect(field(i), path));
  }

  // Without a date there is no day to place times on; everything else has been checked.
  if (!written) return { problems: r.problems, refs };
  const when = resolveStart(r, written, timeZone, slotDrafts[0]?.time);
  if (!when) return { problems: r.problems, refs };
  const { day, time } = when;
  refs.day = day;
  // A day without a time lasts until the next one starts, which 9999-12-31 has none of.
  if (!time && day === "9999-12-31") {
    r.fail("date", FAR_FUTURE);
    return { problems: r.problems, refs };
  }
  const clock = wallClockReader(r, timeZone);
  // A skipped start time is reported where it was written: the date, or else the first slot.
  const start =
    when.instant ?? (time ? clock(day, time, when.fromSlot ? undefined : "date") : startOfDay(day, timeZone));
  // A zone may skip a whole day (Samoa skipped 2011-12-30): its first moment falls on the next.
  if (!time && dayInZone(start, timeZone) !== day)
    r.fail("date", `${day} doesn't exist in ${timeZone}: the clocks skip that day; expected another day`);
  const explicitEnd = readEnd(r, day, timeZone, start, clock);
  // The contract's default: the last slot's end, else two hours (a day without a time: the whole day).
  const lastWrittenEnd = slotDrafts.at(-1)?.end;
  const end =
    explicitEnd ??
    (lastWrittenEnd ? readWallClock(day, lastWrittenEnd, timeZone).instant : undefined) ??
    (time ? addHours(start, 2) : startOfDay(nextDay(day), timeZone));
  const endSaid = explicitEnd
    ? `the meetup's end (end: ${formatClock(end, timeZone)})`
    : `the meetup's end (${formatClock(end, timeZone)}, two hours after its start, as no end: is written)`;
  // A postponed Jekyll post's schedule lines still say when the evening was to start and end, but not when its talks are.
  const drafts =
    status === "postponed" ? slotDrafts.map((d) => ({ ...d, time: undefined, end: undefined })) : slotDrafts;
  const schedule = resolveSlots(r, drafts, day, timeZone, { start, end, said: endSaid, written: !!explicitEnd }, clock);
  const previousStarts = readPreviousDates(r, status, timeZone, clock, { start: isoInZone(start, timeZone), day });
  if (Math.max(yearInZone(end, timeZone), end.getUTCFullYear()) > 9999) r.fail("date", FAR_FUTURE);

  // A Jekyll post keeps answering at the address the old site gave it: its
  // `permalink`, else Jekyll's default one.
  const permalinkTemplate = r.string("permalink", { what: `a path like "/meetups/2016/07/12/title.html"` });
  const oldDay = jekyllDay(written, siteZone);
  // Jekyll's `slug` names the post in its address in place of its file name.
  const oldName = r.string("slug", { what: "the post's name in its old address" });
  const permalink =
    permalinkTemplate !== undefined
      ? expandPermalink(r, permalinkTemplate, fileStem(doc.sourcePath), categories, oldDay, oldName)
      : jekyllPost
        ? jekyllPermalink(fileStem(doc.sourcePath), categories, oldDay, jekyllStyle, oldName)
        : undefined;
  // Jekyll's default address is made of the categories: a problem with it is theirs.
  const madeOf =
    permalinkTemplate !== undefined
      ? "permalink"
      : r.has("categories")
        ? "categories"
        : r.has("category")
          ? "category"
          : r.has("slug")
            ? "slug"
            : "file name";
  if (permalink) addRedirect(madeOf, permalink);

  if (!title || r.problems.length > 0) return { problems: r.problems, refs };
  return {
    problems: [],
    refs,
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
      ...(language && { language }),
      ...(online && { online }),
      ...(hosts.length > 0 && { hosts }),
      ...(photos.length > 0 && { photos }),
      topics,
      draft,
      schedule,
      bodyHtml: body.html,
      legacy,
      redirects,
      status: status ?? "scheduled",
      ...(noteHtml !== undefined && { statusNoteHtml: noteHtml }),
      previousStarts,
      sequence: 0,
    },
  };
}

/** "line 12": the file's first line that has `text` in its body, or undefined when it has none. */
function lineOf(doc: RawDocument, text: string): string | undefined {
  const at = doc.body.indexOf(text);
  return at < 0 ? undefined : `line ${lineAtOffset(doc.body, at, doc.bodyLine)}`;
}

function checkWrittenDate(r: FieldReader, field: string, dateText: string): WrittenDate | undefined {
  const written = parseWrittenDate(dateText);
  if (!written) return r.fail(field, `expected ${DATE_EXAMPLE}, got ${shown(dateText)}`);
  if (!isCalendarDay(written.day))
    return r.fail(field, `expected a day that exists in the calendar, got ${shown(dateText)}`);
  if (Number(written.day.slice(0, 4)) < FIRST_YEAR) {
    return r.fail(field, `expected a year from ${FIRST_YEAR} to 9999, got ${shown(dateText)}`);
  }
  if (written.time && !isClock(written.time)) {
    return r.fail(field, `expected a time of day between 00:00 and 23:59, got ${shown(dateText)}`);
  }
  return written;
}

type Status = Meetup["status"];

/** The statuses with what each says, for messages. */
const STATUS_OPTIONS = "scheduled, cancelled, postponed (no new date yet), rescheduled (a new date) or moved-online";
const CHANGED_STATUSES = "cancelled, postponed, rescheduled or moved-online";

/** The meetup's status: scheduled when none is written; undefined when the one written isn't one (a problem). */
function readStatus(r: FieldReader): Status | undefined {
  if (!r.has("status")) return "scheduled";
  const text = r.string("status", { what: `one of ${STATUS_OPTIONS}` });
  if (text === undefined) return undefined;
  const status = MEETUP_STATUSES.find((s) => s === text.toLowerCase());
  if (status) return status;
  // A near miss ("canceled", American English; "moved online"), else half of one ("cancel", "online").
  const word = text.toLowerCase().replace(/[\s_]+/g, "-");
  const guess =
    didYouMean(word, MEETUP_STATUSES) ??
    MEETUP_STATUSES.find((s) => word.length >= 4 && s.split("-").some((part) => part.startsWith(word)));
  return r.fail(
    "status",
    `expected one of ${STATUS_OPTIONS}, got ${shown(text)}${guess ? `: did you mean "${guess}"?` : ""}`,
  );
}

/**
 * The dates a moved meetup had, in the order it had them (`previous_date`: one, or a list after several
 * moves), each as `start` is written: with the meetup's offset, or a day alone. A rescheduled meetup must have
 * them; one moved and then called off or moved online keeps them; a scheduled one has none. A meetup may come
 * back to a date it had, but each move goes somewhere else.
 */
function readPreviousDates(
  r: FieldReader,
  status: Status | undefined,
  zone: string,
  clock: ReturnType<typeof wallClockReader>,
  { start, day }: { start: string; day: string },
): string[] {
  const value = r.value("previous_date");
  const texts = Array.isArray(value) ? value : r.has("previous_date") ? [value] : [];
  // A status that isn't one is its own problem: nothing here would add to it.
  if (status === undefined) return [];
  const example = `the date it had, written like date: ("2027-03-09T19:00")`;
  if (status === "scheduled") {
    if (texts.length > 0) {
      const now = r.has("status") ? "its status is scheduled" : "it has no status:";
      r.fail(
        "previous_date",
        `only a meetup whose plans changed has one: expected status: rescheduled beside it, or no previous_date (${now})`,
      );
    }
    return [];
  }
  if (texts.length === 0) {
    return status === "rescheduled"
      ? (r.fail("previous_date", `required for a rescheduled meetup: expected ${example}`) ?? [])
      : [];
  }
  const tooMany = countProblem(texts.length, MAX_SLOTS, "dates");
  if (tooMany) return r.fail("previous_date", tooMany) ?? [];
  const read: { field: string; text: string; previous: string }[] = [];
  texts.forEach((item, i) => {
    const field = Array.isArray(value) ? `previous_date[${i}]` : "previous_date";
    const text = typeof item === "string" ? item.trim() : undefined;
    if (!text) return r.fail(field, `expected ${example}, got ${shown(item)}`);
    const written = checkWrittenDate(r, field, text);
    if (!written) return;
    // A day alone stays one; so does Jekyll's hyphenated clock, which says nothing of the time (see WrittenDate).
    if (!written.time || written.clockUntrusted) {
      read.push({ field, text, previous: written.day });
      return;
    }
    const instant = written.offset
      ? instantAt(written.day, written.time, written.offset)
      : clock(written.day, written.time, field);
    const problem = written.offset && offsetProblem(instant, written.offset, zone);
    if (problem) return r.fail(field, problem);
    read.push({ field, text, previous: isoInZone(instant, zone) });
  });
  read.forEach(({ field, text, previous }, i) => {
    const before = read[i - 1];
    if (before?.previous === previous) {
      r.fail(
        field,
        `expected the date it moved to from ${before.field}, got that same date again (${shown(text)}): each move goes to another date`,
      );
    }
  });
  const last = read.at(-1);
  if (last && (last.previous === start || last.previous === day)) {
    r.fail(
      last.field,
      `expected the date the meetup had before it moved, got its date: as it is now (${shown(last.text)})`,
    );
  }
  return read.map((d) => d.previous);
}

/**
 * Reads wall-clock times on the meetup's day. A time the clocks skip (they go
 * forward over it) is a problem naming the field; a time they show twice is
 * its first occurrence.
 */
function wallClockReader(r: FieldReader, zone: string) {
  return (day: string, time: string, field: string | undefined): Date => {
    const reading = readWallClock(day, time, zone);
    const skipped = reading.skipped;
    if (skipped && field) {
      const jump =
        skipped.fromDay === skipped.toDay
          ? `the clocks go forward from ${skipped.from} to ${skipped.to} that day`
          : `the clocks go forward from ${skipped.fromDay} ${skipped.from} to ${skipped.toDay} ${skipped.to}`;
      r.fail(field, `${time} doesn't exist on ${day} in ${zone}: ${jump}; expected a time outside that gap`);
    }
    return reading.instant;
  };
}

/** The event's day and start time in its own zone; the time is undefined when it can't be known. */
function resolveStart(
  r: FieldReader,
  written: WrittenDate,
  zone: string,
  firstSlot: string | undefined,
): { day: string; time?: string; instant?: Date; fromSlot?: boolean } | undefined {
  if (written.iso && written.time) {
    if (!written.offset) return { day: written.day, time: written.time };
    const instant = instantAt(written.day, written.time, written.offset);
    const problem = offsetProblem(instant, written.offset, zone);
    if (problem) return r.fail("date", problem);
    // The offset says which of two readings of a time the clocks show twice is meant.
    return { day: dayInZone(instant, zone), time: formatClock(instant, zone), instant };
  }
  // Jekyll forms and a bare day: the day is as written; the schedule knows the time best.
  if (firstSlot) return { day: written.day, time: firstSlot, fromSlot: true };
  if (written.time && !written.clockUntrusted) {
    if (!written.offset) return { day: written.day, time: written.time };
    const reading = readWallClock(written.day, written.time, zone);
    if (!reading.skipped && sameOffset(offsetInZone(reading.instant, zone), written.offset)) {
      return { day: written.day, time: written.time };
    }
  }
  return { day: written.day };
}

/** Why `offset` isn't the one `zone` has at `instant`, or undefined when it is. */
function offsetProblem(instant: Date, offset: string, zone: string): string | undefined {
  const expected = offsetInZone(instant, zone);
  if (sameOffset(expected, offset)) return undefined;
  return expected.length > 6
    ? `expected no offset: on that day ${zone} kept local mean time (${expected}), which an offset can't say; write the time without one`
    : `expected the offset of ${zone} on that day (${expected}), got ${offset}; fix the offset or set timezone`;
}

function readEnd(
  r: FieldReader,
  day: string,
  zone: string,
  start: Date,
  clock: ReturnType<typeof wallClockReader>,
): Date | undefined {
  const what = `a date-time like "2016-07-12T21:00:00+03:00" or a time like "21:00"`;
  const text = r.string("end", { what });
  if (text === undefined) return undefined;
  let end: Date | undefined;
  if (isClock(text)) end = clock(day, text.padStart(5, "0"), "end");
  else {
    const w = parseWrittenDate(text);
    if (w?.time && isClock(w.time) && isCalendarDay(w.day)) {
      end = w.offset ? instantAt(w.day, w.time, w.offset) : clock(w.day, w.time, "end");
      // Checked as date: is: a winter evening written with the summer offset would quietly move by an hour.
      const problem = w.offset && end && !Number.isNaN(end.getTime()) ? offsetProblem(end, w.offset, zone) : undefined;
      if (problem) return r.fail("end", problem);
    }
  }
  if (!end || Number.isNaN(end.getTime())) return r.fail("end", `expected ${what}, got ${shown(text)}`);
  if (end <= start)
    return r.fail("end", `expected a time after the start (${isoInZone(start, zone)}), got ${shown(text)}`);
  return end;
}

/** Jekyll's placeholders for a post (its URL drop): the title from the file name, the day in the site's zone. */
function jekyllPlaceholders(
  slug: string,
  categories: string[],
  day: string,
  ownName?: string,
): Record<(typeof PERMALINK_PLACEHOLDERS)[number], string> {
  const [y = "", m = "", d = ""] = day.split("-");
  // Jekyll took the name from the file without the dots at its end.
  const name = ownName ?? (/^\d{4}-\d{2}-\d{2}-(.+)$/.exec(slug)?.[1] ?? slug).replace(/\.+$/, "");
  return {
    year: y,
    short_year: y.slice(2),
    month: m,
    i_month: String(Number(m)),
    day: d,
    i_day: String(Number(d)),
    title: jekyllSlugify(name, { mode: "pretty", cased: true }),
    slug: jekyllSlugify(name),
    categories: [...new Set(categories.map((c) => c.toLowerCase()))].join("/"),
    output_ext: ".html",
  };
}

// An empty :categories leaves "//", which Jekyll collapses too.
const fillPermalink = (template: string, values: Record<string, string>) =>
  template.replace(/:([a-z_]+)/g, (_, name: string) => values[name]!).replace(/\/{2,}/g, "/");

/**
 * A post's address on the old site, by the site's permalink style (Jekyll's default, date:
 * /:categories/:year/:month/:day/:title.html), where the title is the file name after its date
 * (2016-07-12-breaking-the-wall.markdown) slugified as Jekyll did, and the day is `day` (see jekyllDay).
 */
export function jekyllPermalink(
  slug: string,
  categories: string[],
  day: string,
  style = "date",
  ownName?: string,
): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}-./.test(slug)) return undefined;
  return fillPermalink(PERMALINK_STYLES[style] ?? style, jekyllPlaceholders(slug, categories, day, ownName));
}

/** A post's own `permalink`, with Jekyll's placeholders (:year, :title...) filled in. */
function expandPermalink(
  r: FieldReader,
  template: string,
  slug: string,
  categories: string[],
  day: string,
  ownName?: string,
): string | undefined {
  const problem = permalinkProblem(template);
  return problem
    ? r.fail("permalink", problem)
    : fillPermalink(template, jekyllPlaceholders(slug, categories, day, ownName));
}

/** A summary as written (`summary`, or Jekyll's `excerpt`): one or two sentences, within a limit. */
function writtenSummary(r: FieldReader, field: string): string | undefined {
  const text = r.paragraph(field, { what: "one or two sentences" });
  if (text === undefined) return undefined;
  const long = lineLengthProblem(text, "one or two sentences", MAX_SUMMARY);
  return long ? r.fail(field, `${long}: the summary is shown on cards, in link previews and in calendars`) : text;
}

/** Jekyll's excerpt taken from the body: the text before `excerpt_separator`, as plain text. */
function excerptBefore(r: FieldReader, body: string): string | undefined {
  const separator = r.string("excerpt_separator");
  if (!separator) return undefined;
  const at = body.indexOf(separator);
  if (at <= 0 || markdownShapeProblem(body.slice(0, at))) return undefined;
  return plainText(body.slice(0, at)) || undefined;
}

/** An IETF language tag (en, he, pt-BR), in its canonical case. */
export function readLanguage(r: FieldReader, field: string): string | undefined {
  const tag = r.string(field, { what: `a language tag like "en" or "he"` });
  if (tag === undefined) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // Falls through to the problem below.
  }
  return r.fail(field, `expected a language tag like "en" or "he", got ${shown(tag)}`);
}

function readVenue(r: FieldReader, html: boolean, refs: MeetupRefs): Venue | undefined {
  if (typeof r.value("venue") === "string") {
    const name = r.string("venue", { what: "the venue's name" });
    return name ? { name } : undefined;
  }
  const v = r.object("venue");
  if (!v) return undefined;
  v.known(VENUE_FIELDS);
  const name = v.string("name", { required: true, what: "the venue's name" });
  const address = v.string("address", { what: "the venue's address, on one line" });
  const map = v.url("map");
  const geo = readGeo(v);
  const directionsHtml = optionalMarkdown(v, "directions", html, refs.links);
  const accessibilityHtml = optionalMarkdown(v, "accessibility", html, refs.links);
  if (!name) return undefined;
  return {
    name,
    ...(address && { address }),
    ...(map && { map }),
    ...(geo && { geo }),
    ...(directionsHtml !== undefined && { directionsHtml }),
    ...(accessibilityHtml !== undefined && { accessibilityHtml }),
  };
}

/** Written [latitude, longitude], each a number in its range. */
function readGeo(v: FieldReader): Geo | undefined {
  const value = v.value("geo");
  if (value === undefined || value === null) return undefined;
  const expected = "expected [latitude, longitude] in degrees, like [32.0853, 34.7818]";
  if (!Array.isArray(value) || value.length !== 2) return v.fail("geo", `${expected}, got ${shown(value)}`);
  const [lat, lon] = value.map((x) => (typeof x === "string" && /^[-+]?\d+(\.\d+)?$/.test(x.trim()) ? Number(x) : NaN));
  if (lat === undefined || lon === undefined || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
    return v.fail("geo", `${expected}, got ${shown(value)}`);
  }
  return { latitude: lat, longitude: lon };
}

/** An image under public/ (a photo, a logo): a path that stays inside it, to a file there, with its size read. */
export function readImage(
  r: FieldReader,
  field: string,
  publicDir: string | undefined,
  example: string,
  allowed: readonly string[],
): ImageFile | undefined {
  const src = r.string(field, { what: `a path under public/ like "${example}"` });
  if (src === undefined) return undefined;
  if (!src.startsWith("/")) {
    return r.fail(field, `expected a path under public/ starting with "/", like "${example}", got ${shown(src)}`);
  }
  if (publicDir === undefined) return undefined;
  const found = publicFile(src, publicDir);
  if ("problem" in found) return r.fail(field, `${found.problem}, got ${shown(src)}`);
  const size = readImageSize(found.file, allowed, `public${src}`);
  return "problem" in size ? r.fail(field, size.problem) : { src, ...size };
}

function readHosts(r: FieldReader, publicDir: string | undefined): Host[] {
  return r.list("hosts").flatMap((h) => {
    h.known(HOST_FIELDS);
    const name = h.string("name", { required: true, what: "the host's name" });
    const url = h.url("url");
    const logo = readImage(h, "logo", publicDir, "/hosts/example.svg", LOGO_EXTENSIONS);
    return name ? [{ name, ...(url && { url }), ...(logo && { logo }) }] : [];
  });
}

function readPhotos(r: FieldReader, publicDir: string | undefined): Photo[] {
  const example = "/photos/2016-07-12/01.jpg";
  return r.list("photos").flatMap((p) => {
    p.known(PHOTO_FIELDS);
    const image = readImage(p, "src", publicDir, example, PHOTO_EXTENSIONS);
    if (!p.has("src") && image === undefined)
      p.fail("src", `required: expected a path under public/ like "${example}", got nothing`);
    const alt = p.string("alt", { required: true, what: "what the photo shows, for people who can't see it" });
    return image && alt ? [{ ...image, alt }] : [];
  });
}

function structuredSlots(
  r: FieldReader,
  refs: MeetupRefs,
  html: boolean,
  publicDir: string | undefined,
  status: Status | undefined,
): SlotDraft[] {
  const written = r.value("schedule");
  const tooMany = Array.isArray(written) ? countProblem(written.length, MAX_SLOTS, "slots") : undefined;
  if (tooMany) return r.fail("schedule", `${tooMany}: split the evening into several meetups`) ?? [];
  // A postponed meetup's new times aren't known: its slots list the talks without them. A cancelled one may
  // have been postponed first: its slots all have times, or none has.
  const timed = (slot: unknown) =>
    typeof slot === "object" && slot !== null && new FieldReader("", slot as Record<string, unknown>).has("time");
  const timeless = status === "postponed" || (status === "cancelled" && Array.isArray(written) && !written.some(timed));
  return r.list("schedule").flatMap((s) => {
    s.known(SLOT_FIELDS);
    for (const field of timeless ? ["time", "end"] : []) {
      if (!s.has(field)) continue;
      s.fail(
        field,
        status === "postponed"
          ? "a postponed meetup has no times yet: expected no time: or end: in its slots (npm run change removes them when it postpones one); the talks stay listed without times until the new date is set"
          : "expected time: beside end:, or neither: a cancelled meetup's slots all have times, or none has (as after it was postponed)",
      );
    }
    const time = timeless ? undefined : clockField(s, "time", true);
    const end = timeless ? undefined : clockField(s, "end", false);
    const title = s.string("title", { required: true, what: "the slot's title" });
    const speakers = s.words("speakers");
    // A slug seen before leaves the set's size as it was.
    const seen = new Set<string>();
    const twice = speakers.find((slug) => seen.size === seen.add(slug).size);
    if (twice) s.fail("speakers", `"${twice}" is named twice: expected each speaker once`);
    const kind = readKind(s, speakers);
    const abstractHtml = optionalMarkdown(s, "abstract", html, refs.links);
    const slides = readSlides(s, publicDir);
    const video = readVideo(s);
    const language = readLanguage(s, "language");
    // Its speakers are looked up even when the slot has problems, so that an unknown one shows in this run too.
    speakers.forEach((slug) => refs.speakers.push({ field: s.path("speakers"), slug }));
    if ((!time && !timeless) || !title) return [];
    return [{ field: s.prefix, time, end, title, kind, speakers, abstractHtml, slides, video, language }];
  });
}

const SLIDES_EXAMPLE = "/slides/2016-07-12/userfaultfd.pdf";

/** A talk's slides: a web address, or a PDF the site serves from public/. */
function readSlides(s: FieldReader, publicDir: string | undefined): string | undefined {
  const what = `a URL starting with https:// or http://, or a path to a PDF under public/ like "${SLIDES_EXAMPLE}"`;
  const value = s.string("slides", { what });
  if (value === undefined) return undefined;
  if (!value.startsWith("/") || /^[\\/]{2}/.test(value)) {
    const problem = checkWebAddress(value);
    return problem ? s.fail("slides", `expected ${what}, got ${shown(value)}`) : value;
  }
  if (!/\.pdf$/i.test(value))
    return s.fail("slides", `expected a path to a PDF (ending in .pdf) like "${SLIDES_EXAMPLE}", got ${shown(value)}`);
  if (publicDir === undefined) return value;
  const found = publicFile(value, publicDir);
  if ("problem" in found) return s.fail("slides", `${found.problem}, got ${shown(value)}`);
  if (!isPdf(found.file))
    return s.fail("slides", `expected a PDF file, but public${value} isn't one (it doesn't start with %PDF-)`);
  return value;
}

function isPdf(file: string): boolean {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, "r");
  try {
    return fs.readSync(fd, head, 0, 5, 0) === 5 && head.toString("latin1") === "%PDF-";
  } finally {
    fs.closeSync(fd);
  }
}

/** A recording: an https address; one on YouTube or Vimeo must name one video the way they do. */
function readVideo(s: FieldReader): string | undefined {
  const url = s.url("video");
  if (url === undefined) return undefined;
  if (!/^https:/i.test(url)) {
    return s.fail(
      "video",
      `expected an https:// address (players and browsers refuse to embed http://): write ${shown(url.replace(/^http:/i, "https:"))}`,
    );
  }
  const problem = videoProblem(url);
  return problem ? s.fail("video", `${problem}, got ${shown(url)}`) : url;
}

/**
 * A slot with speakers is a talk, one without is a break, unless it says
 * `kind: talk` (a talk whose speakers aren't linked yet, as after an upgrade).
 */
function readKind(s: FieldReader, speakers: string[]): Slot["kind"] {
  const kind = s.string("kind");
  if (kind === undefined) return speakers.length > 0 ? "talk" : "break";
  if (kind === "talk" || kind === "break") return kind;
  return s.fail("kind", `expected talk or break, got ${shown(kind)}`) ?? "talk";
}

function clockField(s: FieldReader, field: string, required: boolean): string | undefined {
  const text = s.string(field, { required, what: `a time like "19:15"` });
  if (text === undefined) return undefined;
  if (!isClock(text)) return s.fail(field, `expected a time like "19:15", got ${shown(text)}`);
  return text.padStart(5, "0");
}

function legacySlots(r: FieldReader, slots: ReturnType<typeof readLegacyBody>["slots"]): SlotDraft[] {
  return slots
    .map((s): SlotDraft => ({
      field: `body, schedule line "${`${s.time}-${s.end} ${s.title}`.trim()}"`,
      time: s.time,
      end: s.end,
      title: s.title,
      kind: s.isBreak ? "break" : "talk",
      speakers: [],
    }))
    .filter((d) => {
      if (!d.title) {
        return r.fail(d.field, `expected what the slot is after its times, as in "${d.time}-${d.end} Mingling"`);
      }
      // Taken out of the body before the body's own check: its title goes to calendars and feeds.
      const problem = textProblem(d.title, { what: "a title", from: `${d.time}-${d.end} `.length });
      return problem ? r.fail(d.field, problem) : true;
    });
}

/** Places slots on the meetup's day and checks that they are in order and don't overlap. */
function resolveSlots(
  r: FieldReader,
  drafts: SlotDraft[],
  day: string,
  zone: string,
  meetupEnd: { start: Date; end: Date; said: string; written: boolean },
  clock: ReturnType<typeof wallClockReader>,
): Slot[] {
  // A legacy slot is a line of the body, which has no sub-fields to name.
  const name = (d: SlotDraft, sub: string) => (d.field.startsWith("body") ? d.field : fieldPath(d.field, sub));
  // An evening whose written end is on a later day goes on past midnight: a time before the meetup's start is
  // on the next day when that is still within the evening (a hack night's "00:30").
  const pastMidnight = meetupEnd.written && dayInZone(meetupEnd.end, zone) !== day;
  const dayOf = (time: string) => {
    if (!pastMidnight || clock(day, time, undefined) >= meetupEnd.start) return day;
    return clock(nextDay(day), time, undefined) <= meetupEnd.end ? nextDay(day) : day;
  };
  const starts = drafts.map((d) => (d.time ? clock(dayOf(d.time), d.time, name(d, "time")) : meetupEnd.start));
  const anchors = talkAnchors(drafts);
  const writtenEnds = drafts.map((d) => (d.end ? clock(dayOf(d.end), d.end, name(d, "end")) : undefined));
  return drafts.map((d, i) => {
    const start = starts[i]!;
    // A slot without an end ends when the next one starts; the last, when the meetup ends.
    const end = writtenEnds[i] ?? (d.time ? starts[i + 1] : undefined) ?? meetupEnd.end;
    const fail = (sub: string, message: string) => r.problems.push({ file: r.file, field: name(d, sub), message });
    // A start the clocks skip is its own problem: its end, after it on the clock, is no second one.
    const skipped = d.time !== undefined && readWallClock(dayOf(d.time), d.time, zone).skipped !== undefined;
    if (d.end && end <= start && !skipped) {
      // An end before the evening starts may be the next day's; one between is a slip.
      const hint =
        !pastMidnight && end < meetupEnd.start
          ? "; for an evening past midnight, write the meetup's end: with the next day's date"
          : "";
      fail("end", `expected a time after ${d.time}, got ${shown(d.end)}${hint}`);
    } else if (!d.end && i === drafts.length - 1 && end <= start) {
      fail(
        "end",
        `required here: the last slot starts at ${d.time}, not before ${meetupEnd.said}; write this slot's end, or the meetup's`,
      );
    } else if (d.end && meetupEnd.written && end > meetupEnd.end) {
      fail("end", `expected the slot to end by ${meetupEnd.said}, got ${shown(d.end)}; move one of the two ends`);
    }
    // The schedule is the evening's: it starts when the meetup does (date:), not before.
    if (i === 0 && d.time && start < meetupEnd.start) {
      const at = formatClock(meetupEnd.start, zone);
      fail(
        "time",
        `expected a time at or after the meetup's start (date: ${at}), got ${shown(d.time)}; start the meetup earlier, or the slot later`,
      );
    }
    const prev = drafts[i - 1];
    const prevStart = starts[i - 1];
    if (prev && prevStart) {
      const prevEnd = writtenEnds[i - 1] ?? prevStart;
      if (start < prevStart) {
        fail(
          "time",
          `slots out of order: expected a time at or after ${prev.time} (the slot before), got ${shown(d.time)}`,
        );
      } else if (start < prevEnd) {
        fail(
          "time",
          `slots overlap: expected a time at or after ${prev.end} (when the slot before ends), got ${shown(d.time)}`,
        );
      }
    }
    return {
      start: isoInZone(start, zone),
      end: isoInZone(end, zone),
      title: d.title,
      kind: d.kind,
      speakers: d.speakers,
      ...(d.abstractHtml !== undefined && { abstractHtml: d.abstractHtml }),
      ...(d.slides && { slides: d.slides }),
      ...(d.video && { video: d.video, recording: recordingOf(d.video) }),
      ...(d.language && { language: d.language }),
      ...(anchors[i] && { anchor: anchors[i] }),
    };
  });
}

/**
 * Each talk's id on its meetup page: "talk-" and its title's slug (letters of
 * any script kept), made unique with -2, -3... in schedule order; a title with
 * no letters or digits becomes talk-<its place among the talks>.
 */
export function talkAnchors(slots: { title: string; kind: Slot["kind"] }[]): (string | undefined)[] {
  const used = new Set<string>();
  // Where each base's count goes on: a title repeated n times is numbered in n steps, not n².
  const next = new Map<string, number>();
  let talks = 0;
  return slots.map((slot) => {
    if (slot.kind !== "talk") return undefined;
    talks++;
    const base = `talk-${slugify(slot.title) || talks}`;
    let anchor = base;
    let n = next.get(base) ?? 2;
    while (used.has(anchor)) anchor = `${base}-${n++}`;
    next.set(base, n);
    used.add(anchor);
    return anchor;
  });
}

/**
 * A meetup's topics from each field that names them, each once (case aside).
 * A topic is a word or a few, with a letter or a digit (its address is made of
 * them), within MAX_TOPIC characters.
 */
function readTopics(r: FieldReader, refs: MeetupRefs, wordsOf: Map<string, string[]>): string[] {
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const [field, words] of wordsOf) {
    const value = r.value(field);
    const listed = Array.isArray(value) ? value.map((v) => String(v).trim()) : [];
    for (const word of words) {
      // Its own place in a written list, for the message.
      const at = listed.indexOf(word);
      const where = at >= 0 ? `${field}[${at}]` : field;
      if (at >= 0) listed[at] = "";
      const problem = topicProblem(word);
      if (problem) {
        r.fail(where, problem);
        continue;
      }
      // é is one topic however it was typed.
      const name = word.normalize("NFC");
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      topics.push(name);
      refs.topics.push({ field: where, name });
    }
  }
  const tooMany = countProblem(topics.length, MAX_TOPICS, "topics");
  if (tooMany) r.fail("topics", `${tooMany}: each topic is a page of its own`);
  return topics;
}

/** Why `topic` can't be one, or undefined. */
function topicProblem(topic: string): string | undefined {
  if (!topicSlug(topic)) {
    return `expected a topic with a letter or a digit in it (its address, /topics/<topic>/, is made of them), got ${shown(topic)}`;
  }
  const long = lineLengthProblem(topic, "a topic", MAX_TOPIC);
  // A folder name holds at most 255 bytes; a topic of 60 letters of any script fits.
  if (long || Buffer.byteLength(topicSlug(topic)) > 255)
    return `${long ?? "expected a shorter topic"}: its address is a folder of the site`;
  return undefined;
}
