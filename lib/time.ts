import { TZDate, tzName, tzOffset } from "@date-fns/tz";
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

const pad = (n: number) => String(n).padStart(2, "0");

/** The zone's offset from UTC at an instant, as +03:00 (Z is never used: the offset is the point). */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// These run for every slot of every meetup at build time: plain getters on a
// TZDate are an order of magnitude faster than date-fns' general format().
function parts(instant: Date | string, zone: string) {
  const ms = new Date(instant).getTime();
  const d = new TZDate(ms, zone);
  return { d, offset: offsetText(tzOffset(zone, new Date(ms))) };
}

/** ISO 8601 with the zone's own offset at that instant: 2016-07-12T19:00:00+03:00. */
export function isoInZone(instant: Date | string, zone: string): string {
  const { d, offset } = parts(instant, zone);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${offset}`;
}

/** The offset of `zone` at `instant`, as +03:00. */
export function offsetInZone(instant: Date | string, zone: string): string {
  return parts(instant, zone).offset;
}

export function dayInZone(instant: Date | string, zone: string): string {
  return isoInZone(instant, zone).slice(0, 10);
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
  return isoInZone(instant, zone).slice(11, 16);
}

/** "19:00–21:15 Israel time": a meetup's hours, as text (pages use <time> elements instead). */
export function formatHours(start: Date | string, end: Date | string, zone: string): string {
  return `${formatClock(start, zone)}–${formatClock(end, zone)} ${zoneLabel(zone)}`;
}

/** How a zone is named next to a time: the site's own label, else the zone's generic name. */
export function zoneLabel(zone: string): string {
  if (zone === site.timeZone) return site.timeZoneLabel;
  return tzName(zone, new Date(), "longGeneric");
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}
