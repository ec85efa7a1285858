import fs from "node:fs";
import { addHours } from "date-fns";
import { plainText } from "./markdown";
import { slugify } from "../site/text";
import {
  canonicalTimeZone,
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
} from "../site/time";
import { recordingOf, videoProblem } from "../site/recordings";
import { JEKYLL_FIELDS, HOST_FIELDS, MEETUP_FIELDS, PHOTO_FIELDS, SLOT_FIELDS, VENUE_FIELDS } from "./schema";
import { jekyllDay, jekyllSlugify, parseWrittenDate, readLegacyBody, type WrittenDate } from "./legacy";
import { checkDrawable } from "./drawable";
import { markdownField } from "./markdown-field";
import { FieldReader, fieldPath, shown, type Problem } from "./problems";
import { publicFile, reservedPath } from "./site-paths";
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
  /** public/ (the default): photos, logos and slides must be files in it, and old addresses must not be. */
  publicDir?: string;
}

/** What a meetup file refers to in other files, read even when the file has problems of its own. */
export interface MeetupRefs {
  speakers: { field: string; slug: string }[];
  /** Old addresses that passed the file's own checks. */
  redirects: { field: string; path: string }[];
}

interface SlotDraft {
  field: string;
  time: string;
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

const DATE_EXAMPLE = `a date like "2016-07-12T19:00:00+03:00" or "2016-07-12"`;

/** Reads one meetup file's front matter and body into the shape the pages use, with every problem found. */
export function normaliseMeetup(
  doc: RawDocument,
  siteZone: string,
  { html = true, publicDir = "public" }: NormaliseOptions = {},
): { meetup?: Meetup; problems: Problem[]; refs: MeetupRefs } {
  const r = new FieldReader(doc.sourcePath, doc.data);
  const refs: MeetupRefs = { speakers: [], redirects: [] };
  r.known([...MEETUP_FIELDS, ...JEKYLL_FIELDS]);
  // /meetups/<year>/ is the archive's page for that year.
  if (/^\d{4}$/.test(doc.slug)) {
    r.problems.push({
      file: doc.sourcePath,
      field: "file name",
      message: `expected a name that isn't only a year: /meetups/${doc.slug}/ is the archive's page for ${doc.slug}; add the date or the title, like "${doc.slug}-07-12-title.md"`,
    });
  }

  const title = r.string("title", { required: true, what: "the meetup's title" });
  checkDrawable(r, "title", title, 700);

  const zoneText = r.string("timezone", { what: `an IANA time zone like "Asia/Jerusalem"` });
  let timeZone = siteZone;
  if (zoneText !== undefined) {
    const canonical = canonicalTimeZone(zoneText);
    if (canonical) timeZone = canonical;
    else r.fail("timezone", `expected an IANA time zone like "Asia/Jerusalem", got ${shown(zoneText)}`);
  }

  const written = readDate(r);

  // Without a structured schedule, a legacy body may hold one in free text.
  const legacyBody = r.has("schedule") ? undefined : readLegacyBody(doc.body);
  const legacy = legacyBody !== undefined && (legacyBody.slots.length > 0 || legacyBody.rsvp !== undefined);
  const slotDrafts = legacyBody ? legacySlots(legacyBody.slots) : structuredSlots(r, refs, html, publicDir);

  const venue = readVenue(r, html);
  const rsvp = r.url("rsvp") ?? legacyBody?.rsvp;
  const online = r.url("online");
  const language = readLanguage(r, "language");
  const hosts = readHosts(r, publicDir);
  const photos = readPhotos(r, publicDir);
  const categories = [...r.words("category"), ...r.words("categories")];
  // Jekyll's `categories: meetups` put the posts under /meetups/, the section every meetup is in: not a subject.
  const subjects = categories.filter((c) => c.toLowerCase() !== JEKYLL_SECTION);
  const topics = uniqueWords([...r.words("topics"), ...subjects, ...r.words("tags")]);
  r.string("layout"); // Jekyll's template name: read (so checked), never used.
  // Jekyll leaves a post with `published: false` out of the site: here, that is a draft.
  const draft = r.boolean("draft", false) || !r.boolean("published", true);

  const bodyText = legacy && legacyBody ? legacyBody.rest : doc.body;
  const body = markdownField(r, "body", bodyText, html, legacy ? undefined : doc.bodyLine);
  const summary = r.paragraph("summary") ?? readExcerpt(r, doc.body) ?? body.summary;

  const redirects: string[] = [];
  const addRedirect = (field: string, path: string) => {
    const reason = reservedPath(path, { publicDir });
    if (reason) r.fail(field, `the old address ${shown(path)} can't be used: ${reason}`);
    else if (!redirects.includes(path)) {
      redirects.push(path);
      refs.redirects.push({ field, path });
    }
  };
  const redirectValue = r.value("redirect_from");
  r.words("redirect_from").forEach((path, i) => addRedirect(Array.isArray(redirectValue) ? `redirect_from[${i}]` : "redirect_from", path));

  // Without a date there is no day to place times on; everything else has been checked.
  if (!written) return { problems: r.problems, refs };
  const when = resolveStart(r, written, timeZone, slotDrafts[0]?.time);
  if (!when) return { problems: r.problems, refs };
  const { day, time } = when;
  const clock = wallClockReader(r, timeZone);
  // A skipped start time is reported where it was written: the date, or else the first slot.
  const start = when.instant ?? (time ? clock(day, time, slotDrafts[0] ? undefined : "date") : startOfDay(day, timeZone));
  const explicitEnd = readEnd(r, day, timeZone, start, clock);
  const schedule = resolveSlots(r, slotDrafts, day, timeZone, explicitEnd, clock);

  // A Jekyll post keeps answering at the address the old site gave it: its
  // `permalink`, else Jekyll's default one.
  const permalinkTemplate = r.string("permalink", { what: `a path like "/meetups/2016/07/12/title.html"` });
  const isJekyllPost = ["layout", "categories", "category"].some((f) => r.has(f));
  const oldDay = jekyllDay(written, siteZone);
  const permalink =
    permalinkTemplate !== undefined
      ? expandPermalink(r, permalinkTemplate, doc.slug, categories, oldDay)
      : isJekyllPost
        ? jekyllPermalink(doc.slug, categories, oldDay)
        : undefined;
  if (permalink) addRedirect("permalink", permalink);

  const lastSlot = schedule.at(-1);
  const end =
    explicitEnd ??
    (lastSlot ? new Date(lastSlot.end ?? lastSlot.start) : undefined) ??
    (time ? addHours(start, 2) : startOfDay(nextDay(day), timeZone));

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
    },
  };
}

function readDate(r: FieldReader): WrittenDate | undefined {
  const dateText = r.string("date", { required: true, what: DATE_EXAMPLE });
  if (dateText === undefined) return undefined;
  const written = parseWrittenDate(dateText);
  if (!written) return r.fail("date", `expected ${DATE_EXAMPLE}, got ${shown(dateText)}`);
  if (!isCalendarDay(written.day)) return r.fail("date", `expected a day that exists in the calendar, got ${shown(dateText)}`);
  if (Number(written.day.slice(0, 4)) < FIRST_YEAR) {
    return r.fail("date", `expected a year from ${FIRST_YEAR} to 9999, got ${shown(dateText)}`);
  }
  if (written.time && !isClock(written.time)) {
    return r.fail("date", `expected a time of day between 00:00 and 23:59, got ${shown(dateText)}`);
  }
  return written;
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
): { day: string; time?: string; instant?: Date } | undefined {
  if (written.iso && written.time) {
    if (!written.offset) return { day: written.day, time: written.time };
    const expected = offsetInZone(instantWithOffset(written.day, written.time, "00", written.offset), zone);
    if (!sameOffset(expected, written.offset)) {
      r.fail("date", `expected the offset of ${zone} on that day (${expected}), got ${written.offset}; fix the offset or set timezone`);
      return undefined;
    }
    const instant = instantWithOffset(written.day, written.time, "00", written.offset);
    // The offset says which of two readings of a time the clocks show twice is meant.
    return { day: dayInZone(instant, zone), time: formatClock(instant, zone), instant };
  }
  // Jekyll forms and a bare day: the day is as written; the schedule knows the time best.
  if (firstSlot) return { day: written.day, time: firstSlot };
  if (written.time && !written.clockUntrusted) {
    if (!written.offset) return { day: written.day, time: written.time };
    const reading = readWallClock(written.day, written.time, zone);
    if (!reading.skipped && sameOffset(offsetInZone(reading.instant, zone), written.offset)) {
      return { day: written.day, time: written.time };
    }
  }
  return { day: written.day };
}

function instantWithOffset(day: string, time: string, seconds: string, offset: string): Date {
  return new Date(`${day}T${time}:${seconds}${offset}`);
}

function sameOffset(a: string, b: string): boolean {
  const norm = (o: string) => (o === "Z" ? "+00:00" : o);
  return norm(a) === norm(b);
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
      end = w.offset ? instantWithOffset(w.day, w.time, "00", w.offset) : clock(w.day, w.time, "end");
    }
  }
  if (!end || Number.isNaN(end.getTime())) {
    r.fail("end", `expected ${what}, got ${shown(text)}`);
    return undefined;
  }
  if (end <= start) {
    r.fail("end", `expected a time after the start (${isoInZone(start, zone)}), got ${shown(text)}`);
    return undefined;
  }
  return end;
}

/** Jekyll's placeholders for a post (its URL drop): the title from the file name, the day in the site's zone. */
function jekyllPlaceholders(slug: string, categories: string[], day: string): Record<string, string> {
  const [y = "", m = "", d = ""] = day.split("-");
  const name = /^\d{4}-\d{2}-\d{2}-(.+)$/.exec(slug)?.[1] ?? slug;
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
 * Jekyll's default permalink, /:categories/:year/:month/:day/:title.html, where
 * the title is the file name after its date (2016-07-12-breaking-the-wall.markdown)
 * slugified as Jekyll did, and the day is `day` (see jekyllDay).
 */
export function jekyllPermalink(slug: string, categories: string[], day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}-./.test(slug)) return undefined;
  return fillPermalink("/:categories/:year/:month/:day/:title:output_ext", jekyllPlaceholders(slug, categories, day));
}

/** A post's own `permalink`, with Jekyll's placeholders (:year, :title...) filled in. */
function expandPermalink(r: FieldReader, template: string, slug: string, categories: string[], day: string): string | undefined {
  const values = jekyllPlaceholders(slug, categories, day);
  const unknown = [...template.matchAll(/:([a-z_]+)/g)].map((x) => x[1]!).filter((name) => !(name in values));
  if (unknown.length > 0) {
    return r.fail("permalink", `expected Jekyll's placeholders (${Object.keys(values).map((k) => `:${k}`).join(", ")}), got :${unknown[0]}`);
  }
  return fillPermalink(template, values);
}

/** Jekyll's excerpt: the `excerpt` field, else the body up to `excerpt_separator`, as plain text. */
function readExcerpt(r: FieldReader, body: string): string | undefined {
  const excerpt = r.paragraph("excerpt");
  if (excerpt) return plainText(excerpt) || undefined;
  const separator = r.string("excerpt_separator");
  if (!separator) return undefined;
  const at = body.indexOf(separator);
  return at > 0 ? plainText(body.slice(0, at)) || undefined : undefined;
}

/** An IETF language tag (en, he, pt-BR), in its canonical case. */
function readLanguage(r: FieldReader, field: string): string | undefined {
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

/** A path under public/ (a photo, a logo), checked to stay inside it and to exist. */
export function readPublicPath(r: FieldReader, field: string, publicDir: string | undefined, example: string): string | undefined {
  const value = r.string(field, { what: `a path under public/ like "${example}"` });
  if (value === undefined) return undefined;
  if (!value.startsWith("/")) {
    return r.fail(field, `expected a path under public/ starting with "/", like "${example}", got ${shown(value)}`);
  }
  if (publicDir === undefined) return value;
  const found = publicFile(value, publicDir);
  if ("problem" in found) return r.fail(field, `${found.problem}, got ${shown(value)}`);
  return value;
}

function readVenue(r: FieldReader, html: boolean): Venue | undefined {
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
  const directions = v.markdown("directions");
  const accessibility = v.markdown("accessibility");
  const directionsHtml = directions === undefined ? undefined : markdownField(v, "directions", directions, html).html;
  const accessibilityHtml = accessibility === undefined ? undefined : markdownField(v, "accessibility", accessibility, html).html;
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

/** An image under public/ (a photo, a logo), with its size read from the file. */
function readImage(
  r: FieldReader,
  field: string,
  publicDir: string | undefined,
  example: string,
  allowed: readonly string[],
): ImageFile | undefined {
  const src = readPublicPath(r, field, publicDir, example);
  if (src === undefined || publicDir === undefined) return undefined;
  const found = publicFile(src, publicDir);
  if ("problem" in found) return undefined;
  const size = readImageSize(found.file, allowed, `public${src}`);
  if ("problem" in size) return r.fail(field, size.problem);
  return { src, ...size };
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
    if (!p.has("src") && image === undefined) p.fail("src", `required: expected a path under public/ like "${example}", got nothing`);
    const alt = p.string("alt", { required: true, what: "what the photo shows, for people who can't see it" });
    return image && alt ? [{ ...image, alt }] : [];
  });
}

function structuredSlots(r: FieldReader, refs: MeetupRefs, html: boolean, publicDir: string | undefined): SlotDraft[] {
  return r.list("schedule").flatMap((s) => {
    s.known(SLOT_FIELDS);
    const time = clockField(s, "time", true);
    const end = clockField(s, "end", false);
    const title = s.string("title", { required: true, what: "the slot's title" });
    const speakers = s.words("speakers");
    const kind = readKind(s, speakers);
    const abstract = s.markdown("abstract");
    const abstractHtml = abstract === undefined ? undefined : markdownField(s, "abstract", abstract, html).html;
    const slides = readSlides(s, publicDir);
    const video = readVideo(s);
    const language = readLanguage(s, "language");
    // Its speakers are looked up even when the slot has problems, so that an unknown one shows in this run too.
    speakers.forEach((slug) => refs.speakers.push({ field: s.path("speakers"), slug }));
    if (!time || !title) return [];
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
  if (!/\.pdf$/i.test(value)) return s.fail("slides", `expected a path to a PDF (ending in .pdf) like "${SLIDES_EXAMPLE}", got ${shown(value)}`);
  if (publicDir === undefined) return value;
  const found = publicFile(value, publicDir);
  if ("problem" in found) return s.fail("slides", `${found.problem}, got ${shown(value)}`);
  if (!isPdf(found.file)) return s.fail("slides", `expected a PDF file, but public${value} isn't one (it doesn't start with %PDF-)`);
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
    return s.fail("video", `expected an https:// address (players and browsers refuse to embed http://): write ${shown(url.replace(/^http:/i, "https:"))}`);
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
  clock: ReturnType<typeof wallClockReader>,
): Slot[] {
  // A legacy slot is a line of the body, which has no sub-fields to name.
  const name = (d: SlotDraft, sub: string) => (d.field.startsWith("body") ? d.field : fieldPath(d.field, sub));
  const starts = drafts.map((d) => clock(day, d.time, name(d, "time")));
  const anchors = talkAnchors(drafts);
  const writtenEnds = drafts.map((d) => (d.end ? clock(day, d.end, name(d, "end")) : undefined));
  return drafts.map((d, i) => {
    const start = starts[i]!;
    const end = writtenEnds[i] ?? starts[i + 1] ?? meetupEnd;
    const fail = (sub: string, message: string) => r.problems.push({ file: r.file, field: name(d, sub), message });
    if (d.end && end && end <= start) fail("end", `expected a time after ${d.time}, got ${shown(d.end)}`);
    const prev = drafts[i - 1];
    const prevStart = starts[i - 1];
    if (prev && prevStart) {
      const prevEnd = writtenEnds[i - 1] ?? prevStart;
      if (start < prevStart) {
        fail("time", `slots out of order: expected a time at or after ${prev.time} (the slot before), got ${shown(d.time)}`);
      } else if (start < prevEnd) {
        fail("time", `slots overlap: expected a time at or after ${prev.end} (when the slot before ends), got ${shown(d.time)}`);
      }
    }
    return {
      start: isoInZone(start, zone),
      ...(end && { end: isoInZone(end, zone) }),
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
  let talks = 0;
  return slots.map((slot) => {
    if (slot.kind !== "talk") return undefined;
    talks++;
    const base = `talk-${slugify(slot.title) || talks}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return anchor;
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
