import { TZDate, tzName } from "@date-fns/tz";
import { format } from "date-fns";
import { site } from "./site";

// All wall-clock arithmetic goes through TZDate so that the build machine's TZ
// never leaks into what a page says.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A calendar day written as YYYY-MM-DD, checked to exist (no 31 June). */
export function isCalendarDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function isClock(time: string): boolean {
  return CLOCK.test(time);
}

/** The instant at which the clocks in `zone` read `time` on `day`. */
export function wallClock(day: string, time: string, zone: string): Date {
  const d = DAY.exec(day);
  const t = CLOCK.exec(time);
  if (!d || !t) throw new Error(`not a day and time: ${day} ${time}`);
  const local = new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), 0, 0, zone);
  return new Date(local.getTime());
}

/** ISO 8601 with the zone's own offset at that instant: 2016-07-12T19:00:00+03:00. */
export function isoInZone(instant: Date | string, zone: string): string {
  return format(new TZDate(new Date(instant).getTime(), zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** The offset of `zone` at `instant`, as +03:00. */
export function offsetInZone(instant: Date | string, zone: string): string {
  return format(new TZDate(new Date(instant).getTime(), zone), "xxx");
}

export function dayInZone(instant: Date | string, zone: string): string {
  return format(new TZDate(new Date(instant).getTime(), zone), "yyyy-MM-dd");
}

export function yearInZone(instant: Date | string, zone: string): number {
  return new TZDate(new Date(instant).getTime(), zone).getFullYear();
}

/** "Tuesday, 12 July 2016" */
export function formatDay(instant: Date | string, zone: string): string {
  return format(new TZDate(new Date(instant).getTime(), zone), "EEEE, d MMMM yyyy");
}

/** "12 Jul 2016" */
export function formatShortDay(instant: Date | string, zone: string): string {
  return format(new TZDate(new Date(instant).getTime(), zone), "d MMM yyyy");
}

/** "19:00" */
export function formatClock(instant: Date | string, zone: string): string {
  return format(new TZDate(new Date(instant).getTime(), zone), "HH:mm");
}

/** How a zone is named next to a time: the site's own label, else the zone's generic name. */
export function zoneLabel(zone: string): string {
  if (zone === site.timeZone) return site.timeZoneLabel;
  return tzName(zone, new Date(), "longGeneric");
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}
