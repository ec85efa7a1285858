import { t } from "./i18n";
import { canonicalTimeZone } from "./zones";

export { canonicalTimeZone };
import { site } from "./site";

// All wall-clock arithmetic reads the zone's clocks through Intl, so that the
// build machine's TZ never leaks into what a page says.
//
// Trap: @date-fns/tz's tzOffset reads "GMT-00:44:30" (Monrovia until 1972,
// London's and Dublin's local mean time) as +44.5 minutes, so TZDate's getters
// are wrong in those zones and years. Offsets here come from the clock fields
// Intl gives, down to the second.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== undefined;
}

/** A calendar day written as YYYY-MM-DD, checked to exist (no 31 June). */
export function isCalendarDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = utcDate(y, mo, d, 0, 0, 0);
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function isClock(time: string): boolean {
  return CLOCK.test(time);
}

/** Date.UTC, but years 0-99 stay years 0-99. */
function utcDate(y: number, mo: number, d: number, h: number, mi: number, s: number): Date {
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s));
  date.setUTCFullYear(y, mo - 1, d);
  return date;
}

interface ClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const fieldFormats = new Map<string, Intl.DateTimeFormat>();
// en-US with these options reads "7/12/2016 AD, 19:00:00"; format() and a
// regular expression are much faster than formatToParts, and this runs for
// every time of every meetup.
const FIELDS = /^(\d+)\/(\d+)\/(\d+) (A|B)\D*, (\d+):(\d+):(\d+)$/;

/** What the clocks in `zone` read at `ms`. */
function clockAt(ms: number, zone: string): ClockFields {
  let f = fieldFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    fieldFormats.set(zone, f);
  }
  const m = FIELDS.exec(f.format(ms));
  if (!m) throw new Error(`unexpected clock format in ${zone}: ${f.format(ms)}`);
  const year = Number(m[3]);
  return {
    year: m[4] === "B" ? 1 - year : year,
    month: Number(m[1]),
    day: Number(m[2]),
    hour: Number(m[5]),
    minute: Number(m[6]),
    second: Number(m[7]),
  };
}

/** The zone's offset from UTC when its clocks read `c` at `ms`, in milliseconds (whole seconds: local mean time has them). */
function offsetOf(c: ClockFields, ms: number): number {
  return utcDate(c.year, c.month, c.day, c.hour, c.minute, c.second).getTime() - Math.floor(ms / 1000) * 1000;
}

function offsetMs(ms: number, zone: string): number {
  return offsetOf(clockAt(ms, zone), ms);
}

/** How a local time reads on its day in a zone. */
export interface WallClockReading {
  /** The instant; for an ambiguous time, its first occurrence; for a skipped one, the moment the clocks jump to. */
  instant: Date;
  /** The time happens twice (clocks go back). */
  ambiguous: boolean;
  /**
   * The time doesn't exist (clocks go forward over it): what the clocks do, as
   * HH:MM, with the day (YYYY-MM-DD) of each side when the jump is a whole day.
   */
  skipped?: { from: string; to: string; fromDay: string; toDay: string };
}

/** The instants at which the clocks in `zone` read `time` on `day`. */
export function readWallClock(day: string, time: string, zone: string): WallClockReading {
  const d = DAY.exec(day);
  const t = CLOCK.exec(time);
  if (!d || !t) throw new Error(`not a day and time: ${day} ${time}`);
  const naive = utcDate(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]), 0).getTime();
  // Every offset the zone has within a day of this moment; each that maps back to itself is a reading.
  const offsets = new Set([-86_400_000, 0, 86_400_000].map((shift) => offsetMs(naive + shift, zone)));
  // Almost always one offset all around: one reading, and no need to look further.
  const only = offsets.size === 1 ? [...offsets][0]! : undefined;
  if (only !== undefined && offsetMs(naive - only, zone) === only)
    return { instant: new Date(naive - only), ambiguous: false };
  const instants = [...offsets]
    .map((o) => naive - o)
    .filter((ms) => offsetMs(ms, zone) === naive - ms)
    .sort((a, b) => a - b);
  if (instants.length > 0) return { instant: new Date(instants[0]!), ambiguous: instants.length > 1 };

  // Skipped: find the jump between the readings with the offsets before and after it.
  const before = Math.min(...offsets);
  const after = Math.max(...offsets);
  let lo = naive - after;
  let hi = naive - before;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2 / 1000) * 1000;
    if (offsetMs(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  const jump = hi;
  // The clocks read jump + the old offset when they jump (02:00; 00:00 of the next day, not 24:00).
  const fromWall = new Date(jump + before);
  const last = {
    year: fromWall.getUTCFullYear(),
    month: fromWall.getUTCMonth() + 1,
    day: fromWall.getUTCDate(),
    hour: fromWall.getUTCHours(),
    minute: fromWall.getUTCMinutes(),
    second: 0,
  };
  const first = clockAt(jump, zone);
  return {
    instant: new Date(jump),
    ambiguous: false,
    skipped: { from: clockText(last), to: clockText(first), fromDay: dayText(last), toDay: dayText(first) },
  };
}

function clockText(c: ClockFields): string {
  return `${pad(c.hour)}:${pad(c.minute)}`;
}

const dayText = (c: ClockFields) => `${yearText(c.year)}-${pad(c.month)}-${pad(c.day)}`;

/**
 * The instant at which the clocks in `zone` read `time` on `day`: the first
 * when they read it twice, the moment they jump to when they skip it. The
 * content gate refuses skipped times, so pages only meet the others.
 */
export function wallClock(day: string, time: string, zone: string): Date {
  return readWallClock(day, time, zone).instant;
}

/** The first instant of a day in a zone (midnight, or the end of a jump over it). */
export function startOfDay(day: string, zone: string): Date {
  return wallClock(day, "00:00", zone);
}

const pad = (n: number) => String(n).padStart(2, "0");

function offsetText(ms: number): string {
  const sign = ms < 0 ? "-" : "+";
  const abs = Math.abs(ms) / 1000;
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ""}`;
}

const yearText = (y: number) =>
  y >= 0 && y <= 9999 ? String(y).padStart(4, "0") : `${y < 0 ? "-" : "+"}${String(Math.abs(y)).padStart(6, "0")}`;

/**
 * ISO 8601 with the zone's own offset at that instant: 2016-07-12T19:00:00+03:00.
 * An offset with seconds (local mean time, as in Jerusalem before 1918) has no
 * ISO form, so such an instant is written in UTC: 1900-01-01T16:39:20Z. Read the
 * wall clock with the functions below, never by slicing this text.
 */
export function isoInZone(instant: Date | string, zone: string): string {
  const ms = new Date(instant).getTime();
  const c = clockAt(ms, zone);
  const offset = offsetOf(c, ms);
  if (offset % 60_000 !== 0) return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
  return `${yearText(c.year)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${offsetText(offset)}`;
}

/** The offset of `zone` at `instant`, as +03:00 (+02:20:40 for local mean time). */
export function offsetInZone(instant: Date | string, zone: string): string {
  return offsetText(offsetMs(new Date(instant).getTime(), zone));
}

/** YYYY-MM-DD of an instant in a zone. */
export function dayInZone(instant: Date | string, zone: string): string {
  return dayText(clockAt(new Date(instant).getTime(), zone));
}

export function yearInZone(instant: Date | string, zone: string): number {
  return clockAt(new Date(instant).getTime(), zone).year;
}

/** A date whose UTC fields are the zone's wall clock: formatted in UTC, it reads as the zone's clocks do. */
function wallDate(instant: Date | string, zone: string): Date {
  const c = clockAt(new Date(instant).getTime(), zone);
  return utcDate(c.year, c.month, c.day, c.hour, c.minute, c.second);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function formatWallDay(instant: Date | string, zone: string, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let f = dayFormats.get(key);
  if (!f) dayFormats.set(key, (f = new Intl.DateTimeFormat(t.locale, { ...options, timeZone: "UTC" })));
  return f.format(wallDate(instant, zone));
}

/** "Tuesday, 12 July 2016", "יום שלישי, 12 ביולי 2016": in the interface's language. */
export function formatDay(instant: Date | string, zone: string): string {
  return formatWallDay(instant, zone, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** "12 Jul 2016" */
export function formatShortDay(instant: Date | string, zone: string): string {
  return formatWallDay(instant, zone, { day: "numeric", month: "short", year: "numeric" });
}

/** "19:00" */
export function formatClock(instant: Date | string, zone: string): string {
  return clockText(clockAt(new Date(instant).getTime(), zone));
}

/** "19:00–21:15 Israel time": a meetup's hours, as text (pages use <time> elements instead). */
export function formatHours(start: Date | string, end: Date | string, zone: string): string {
  return `${formatClock(start, zone)}–${formatClock(end, zone)} ${zoneLabel(zone)}`;
}

/** How a zone is named next to a time: the site's own label, else the zone's generic name in the interface's language. */
export function zoneLabel(zone: string): string {
  if (zone === site.timeZone && site.timeZoneLabel) return site.timeZoneLabel;
  const parts = new Intl.DateTimeFormat(t.locale, { timeZone: zone, timeZoneName: "longGeneric" }).formatToParts();
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}
