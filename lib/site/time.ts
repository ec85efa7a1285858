import { TZDate, tz, tzOffset } from "@date-fns/tz";
import { addHours, eachMinuteOfInterval, format, getYear, isValid, parseISO, subHours, subMinutes } from "date-fns";
import { t } from "../i18n";
import { site } from "./config";

// Every step between a zone's wall clock and an instant is date-fns's, so that the build machine's TZ never leaks
// into what a page says.

/**
 * The first year the content gate takes. Until 1972 some zones kept local mean time, offsets in seconds that
 * ISO 8601 can't write, and @date-fns/tz 1.5.0 reads those just west of Greenwich with the wrong sign.
 */
export const FIRST_YEAR = 1973;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** A calendar day written as YYYY-MM-DD, checked to exist (no 31 June). */
export const isCalendarDay = (day: string): boolean => DAY.test(day) && isValid(parseISO(day));

export const isClock = (time: string): boolean => CLOCK.test(time);

/** The day `days` after a YYYY-MM-DD day: 24 hours each, in UTC (TZDate's setters follow the machine's zone, which may skip a day). */
export const shiftDay = (day: string, days: number) => dayInZone(addHours(`${day}T00:00:00Z`, 24 * days), "UTC");
export const nextDay = (day: string) => shiftDay(day, 1);

/** How a local time reads on its day in a zone. */
export interface WallClockReading {
  /** The instant; for a time the clocks show twice, its first occurrence; for a skipped one, the moment the clocks jump to. */
  instant: Date;
  /**
   * The time doesn't exist (clocks go forward over it): what the clocks read on
   * each side of the jump, as HH:MM, and the day (YYYY-MM-DD) of each side.
   */
  skipped?: { from: string; to: string; fromDay: string; toDay: string };
}

const wall = (date: Date) => format(date, "yyyy-MM-dd HH:mm");

/** The instant at which the clocks in `zone` read `time` on `day`, checked against what they read then. */
export function readWallClock(day: string, time: string, zone: string): WallClockReading {
  const d = DAY.exec(day);
  const c = CLOCK.exec(time);
  if (!d || !c) throw new Error(`not a day and time: ${day} ${time}`);
  const asked = new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(c[1]), Number(c[2]), zone);
  const written = `${day} ${time.padStart(5, "0")}`;
  if (wall(asked) === written) {
    // A time the clocks show twice: TZDate takes either, depending on the machine's
    // zone. The first is earlier by as much as the clocks went back.
    const back = tzOffset(zone, subHours(+asked, 24)) - tzOffset(zone, asked);
    const first = subMinutes(asked, back);
    return { instant: new Date(back > 0 && wall(first) === written ? +first : +asked) };
  }
  // Skipped: the clocks jumped within a day of it; find the minute.
  const minutes = eachMinuteOfInterval({ start: subHours(+asked, 24), end: addHours(+asked, 24) });
  const before = tzOffset(zone, minutes[0]!);
  const jump = minutes.find((m) => tzOffset(zone, m) !== before) ?? new Date(+asked);
  const to = new TZDate(jump, zone);
  // The clocks at the jump as they read on the offset they kept until then (02:00, not 01:59).
  const from = new TZDate(jump, format(subMinutes(jump, 1), "xxx", { in: tz(zone) }));
  return {
    instant: jump,
    skipped: {
      from: format(from, "HH:mm"),
      to: format(to, "HH:mm"),
      fromDay: format(from, "yyyy-MM-dd"),
      toDay: format(to, "yyyy-MM-dd"),
    },
  };
}

/** The first instant of a day in a zone (midnight, or the end of a jump over it). */
export const startOfDay = (day: string, zone: string): Date => readWallClock(day, "00:00", zone).instant;

/** ISO 8601 with the zone's own offset at that instant: 2016-07-12T19:00:00+03:00. */
export function isoInZone(instant: Date | string, zone: string): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm:ssxxx", { in: tz(zone) });
}

/** The offset of `zone` at `instant`, as +03:00. */
export const offsetInZone = (instant: Date | string, zone: string): string => format(instant, "xxx", { in: tz(zone) });

/** YYYY-MM-DD of an instant in a zone. */
export const dayInZone = (instant: Date | string, zone: string) => format(instant, "yyyy-MM-dd", { in: tz(zone) });

export const yearInZone = (instant: Date | string, zone: string): number => getYear(instant, { in: tz(zone) });

/** "19:00" */
export const formatClock = (instant: Date | string, zone: string): string => format(instant, "HH:mm", { in: tz(zone) });

const DAY_STYLES = {
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  short: { day: "numeric", month: "short", year: "numeric" },
} as const;
// Made once per zone and style: a formatter costs far more to make than to use.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function formatDayAs(style: keyof typeof DAY_STYLES, instant: Date | string, zone: string): string {
  const key = `${style} ${zone}`;
  let f = dayFormats.get(key);
  if (!f) dayFormats.set(key, (f = new Intl.DateTimeFormat(t.locale, { ...DAY_STYLES[style], timeZone: zone })));
  return f.format(new Date(instant));
}

/** "Tuesday, 12 July 2016", "יום שלישי, 12 ביולי 2016": in the interface's language. */
export const formatDay = (instant: Date | string, zone: string): string => formatDayAs("long", instant, zone);

/**
 * The start a meetup had before it moved: its day ("Tuesday, 7 April 2099"), and the hour too when only
 * that changed. `previous` is ISO 8601 or a day (YYYY-MM-DD: read in the zone, never as UTC midnight).
 */
export function formatEarlierStart(previous: string, start: string, zone: string): string {
  if (isCalendarDay(previous)) return formatDay(startOfDay(previous, zone), zone);
  const day = formatDay(previous, zone);
  return dayInZone(previous, zone) === dayInZone(start, zone) ? `${day}, ${formatClock(previous, zone)}` : day;
}

/** "12 Jul 2016" */
export const formatShortDay = (instant: Date | string, zone: string): string => formatDayAs("short", instant, zone);

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
