// Time on a static site: the HTML is right as of the build, and the browser puts it right when a person looks.
// Pure, with no DOM, so that the build and lib/browser/live.ts run the same functions and always agree.
import { fill } from "../i18n/fill";
import type { Messages } from "../i18n";

/** "off": cancelled or postponed, so it is never upcoming or live, whatever the clock says. */
export type Phase = "upcoming" | "live" | "past" | "off";

export interface LiveMeetup {
  slug: string;
  start: string;
  end: string;
  /** The meetup's status (lib/content/schema.ts), when it isn't "scheduled". */
  status?: string;
}

/** A cancelled or postponed meetup won't happen at its date: it never leads and is never "happening now". */
export const isCalledOff = (status: string | undefined): status is "cancelled" | "postponed" =>
  status === "cancelled" || status === "postponed";

/**
 * When a meetup's "Where" is said: always with a venue, online or a venue to come with the new date; without one,
 * while it is to be announced, and never once the meetup is over or cancelled (its text may name the place).
 */
export function wherePhases(m: { venue?: unknown; status?: string }): Phase[] {
  if (m.venue || m.status === "postponed" || m.status === "moved-online") return ["upcoming", "live", "past", "off"];
  return m.status === "cancelled" ? [] : ["upcoming", "live"];
}

/** A meetup is upcoming until it starts, live until it ends, then past; one called off is off throughout. */
export function phaseAt(start: string, end: string, now: number, status?: string): Phase {
  if (isCalledOff(status)) return "off";
  if (now >= Date.parse(end)) return "past";
  if (now >= Date.parse(start)) return "live";
  return "upcoming";
}

/** YYYY-MM-DD of an instant in a zone. */
export function dayIn(instant: number, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** HH:MM of an instant in a zone. */
export function clockIn(instant: number, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

/** Whether the clocks and calendars of two zones read the same at an instant. */
const clocksAgree = (instant: number, zone: string, other: string) =>
  clockIn(instant, zone) === clockIn(instant, other) && dayIn(instant, zone) === dayIn(instant, other);

/**
 * The words live time writes, in the interface's language and direction (lib/i18n's `live`),
 * as templates: the browser gets them from the page (data-live-text on <html>).
 */
export type LiveText = Pick<Messages, "locale" | "dir"> & Messages["live"];

/**
 * "happening now", "today at 19:00", "in 3 days", "in 2 weeks", or "" when the date says enough. Days are counted
 * in the visitor's zone; where their clocks read otherwise than the meetup's, the hour is left to localLabel.
 */
export function relativeLabel(
  start: string,
  end: string,
  zone: string,
  timed: boolean,
  now: number,
  text: LiveText,
  viewerZone = zone,
): string {
  const phase = phaseAt(start, end, now);
  if (phase === "live") return text.now;
  if (phase === "past") return "";
  const s = Date.parse(start);
  // Whole calendar days from the visitor's today to the meetup's day: the day its start falls on for them, or,
  // for a meetup known only by its day, that day as written.
  const day = dayIn(s, timed ? viewerZone : zone);
  const days = Math.round((Date.parse(day) - Date.parse(dayIn(now, viewerZone))) / 86400000);
  const relative = new Intl.RelativeTimeFormat(text.locale, { numeric: "auto" });
  if (days <= 1) {
    const words = relative.format(Math.max(days, 0), "day");
    return timed && clocksAgree(s, zone, viewerZone) ? fill(text.at, { day: words, time: clockIn(s, zone) }) : words;
  }
  if (days < 14) return relative.format(days, "day");
  if (days < 60) return relative.format(Math.round(days / 7), "week");
  return "";
}

/** "18:00–20:00 your time" when the viewer's clocks read otherwise than the meetup's, else "". */
export function localLabel(
  start: string,
  end: string,
  zone: string,
  timed: boolean,
  viewerZone: string,
  text: LiveText,
): string {
  if (!timed) return "";
  const s = Date.parse(start);
  const e = Date.parse(end);
  // Both ends: one zone's clocks may change during the night and the other's not.
  if (clocksAgree(s, zone, viewerZone) && clocksAgree(e, zone, viewerZone)) return "";
  const weekday = new Intl.DateTimeFormat(text.locale, { timeZone: viewerZone, weekday: "short" }).format(s);
  const day = dayIn(s, zone) === dayIn(s, viewerZone) ? "" : weekday + " ";
  // An end after the visitor's midnight says so, as the meetup's own hours do: "22:30–00:45 (next day)".
  const days = (Date.parse(dayIn(e, viewerZone)) - Date.parse(dayIn(s, viewerZone))) / 86400000;
  let range = clockIn(s, viewerZone) + "–" + clockIn(e, viewerZone);
  // In a right-to-left sentence the hours are isolated left to right (LRI ... PDI), or "17:00–19:15" reads backwards.
  if (text.dir === "rtl") range = "\u2066" + range + "\u2069";
  // Later than that, its day and date: a weekday alone would be any week's.
  const lastDay = (instant: number) =>
    new Intl.DateTimeFormat(text.locale, {
      timeZone: viewerZone,
      weekday: "short",
      day: "numeric",
      month: "short",
    }).format(instant);
  const ends = days === 1 ? " " + text.nextDay : days > 1 ? " " + fill(text.endsOn, { day: lastDay(e) }) : "";
  return fill(text.yourTime, { time: day + range + ends });
}

export interface HomeArrangement {
  lead?: string;
  later: string[];
  off: string[];
  recent: string[];
}

/**
 * What the home page shows at `now`, from the meetups upcoming at build time (soonest first) and the recent past
 * ones (newest first). One called off is listed apart, never as coming, and leaves once its date has passed.
 */
export function arrangeHome(
  upcoming: LiveMeetup[],
  recent: LiveMeetup[],
  pastCount: number,
  now: number,
): HomeArrangement {
  const ahead = upcoming.filter((m) => phaseAt(m.start, m.end, now) !== "past");
  const on = ahead.filter((m) => !isCalledOff(m.status)).map((m) => m.slug);
  const newlyPast = upcoming.filter((m) => phaseAt(m.start, m.end, now, m.status) === "past").reverse();
  return {
    lead: on[0],
    later: on.slice(1),
    off: ahead.filter((m) => isCalledOff(m.status)).map((m) => m.slug),
    recent: newlyPast
      .concat(recent)
      .slice(0, pastCount)
      .map((m) => m.slug),
  };
}

/** A meetup's phase at `now`, its status considered. */
export const meetupPhase = (m: LiveMeetup, now: number) => phaseAt(m.start, m.end, now, m.status);

/** What the live-time module needs of a meetup: its times, and its status unless it is scheduled. */
export const liveMeetup = (m: LiveMeetup & { status: string }): LiveMeetup => ({
  slug: m.slug,
  start: m.start,
  end: m.end,
  ...(m.status !== "scheduled" && { status: m.status }),
});
