import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { TZDate } from "@date-fns/tz";
import { google } from "calendar-link";
import ical, { ICalEventStatus, type ICalCalendar, type ICalEventData } from "ical-generator";
import ICAL from "ical.js";
import type { Meetup, Slot, Speaker } from "../content/schema";
import { isAtHome, site } from "../site/config";
import { isCalledOff } from "../site/phases";
import { isAnnouncedTalk } from "../site/talks";
import { canonicalTimeZone } from "../site/zones";
import { absoluteUrl, meetupPath, talkPath } from "../site/urls";
import { listOf, t } from "../i18n";
import { statusText, statusTitle } from "./status";

/** Stable across builds and edits: a subscriber's entry is updated when the time changes, never duplicated. */
export const eventUid = (m: Meetup): string => `${m.slug}@${new URL(site.url).hostname}`;

// What goes into a calendar file is cleaned here even though the content gate
// refuses control characters: ical-generator writes NAME and X-WR-CALNAME as
// they are, so a line break there would start a property (or a VEVENT) of its own.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text for one calendar property: no control characters, and one line unless it may hold several. */
export function calendarText(text: string, { multiline = false } = {}): string {
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(CONTROL, "");
  return multiline ? lines : lines.replace(/\n/g, " ");
}

function where(m: Meetup): string | undefined {
  if (m.status === "moved-online" && m.online) return m.online;
  // Without a venue, where the group usually meets (site.yml's address, or its city), unless the meetup is held
  // in another zone.
  if (!m.venue) return isAtHome(m) ? (site.address ?? site.city) : undefined;
  return [m.venue.name, m.venue.address].filter(Boolean).join(", ");
}

const location = (m: Meetup) => {
  const text = where(m);
  return text === undefined ? {} : { location: calendarText(text) };
};

/**
 * What a calendar that has the event needs to take a change: the same UID, a higher SEQUENCE (counted
 * from git, lib/build/history.ts), when it changed, and whether it happens.
 */
function revision(m: Meetup): Pick<ICalEventData, "sequence" | "stamp" | "lastModified" | "status"> {
  const modified = m.modified ? new Date(m.modified) : undefined;
  return {
    sequence: m.sequence,
    // Without a METHOD, DTSTAMP is when the event last changed (RFC 5545, 3.8.7.2): LAST-MODIFIED.
    ...(modified && { stamp: modified, lastModified: modified }),
    // Postponed is CANCELLED: Google, Apple and Outlook show a TENTATIVE evening like a planned one; the new date comes back CONFIRMED.
    status: isCalledOff(m.status) ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

const withSpeakers = (speakers: Speaker[]) =>
  speakers.length > 0 ? t.calendar.with(listOf(speakers.map((s) => s.name))) : undefined;

function description(m: Meetup, speakers: Speaker[]): string {
  const talks = m.schedule.filter(isAnnouncedTalk).map((s) => `- ${s.title}`);
  return [
    ...statusText(m),
    m.summary,
    withSpeakers(speakers),
    talks.length > 0 ? `${t.calendar.talks}\n${talks.join("\n")}` : undefined,
    m.online && m.status !== "moved-online" ? t.calendar.online(m.online) : undefined,
    absoluteUrl(meetupPath(m.slug)),
  ]
    .filter(Boolean)
    .join("\n\n");
}

const zoneRules = new Map<string, ICAL.Timezone | undefined>();

/**
 * The VTIMEZONE shipped for a zone, read the way a calendar app reads it. Some
 * names get another zone's file (Asia/Rangoon's says TZID:Asia/Yangon): the
 * event then names the zone the file defines, or an app would find none. A file
 * that names no zone (Asia/Katmandu's says TZID:Nepal Time) is of no use.
 */
function rulesOf(zone: string): ICAL.Timezone | undefined {
  if (!zoneRules.has(zone)) {
    const vtimezone = getVtimezoneComponent(zone);
    const rules = vtimezone ? new ICAL.Timezone(new ICAL.Component(ICAL.parse(vtimezone))) : undefined;
    const usable =
      rules && (rules.tzid === zone || (canonicalTimeZone(rules.tzid) && rulesOf(rules.tzid)?.tzid === rules.tzid));
    zoneRules.set(zone, usable ? rules : undefined);
  }
  return zoneRules.get(zone);
}

/**
 * The TZID an event can be written with, if any: the zone has a VTIMEZONE to
 * ship, and a calendar app reading the wall-clock times with it gets the same
 * instants back. The shipped rules are today's, so a meetup from before a
 * zone's last change (Israel's rules of 2005-2012, local mean time before
 * 1918) is written in UTC with Z instead: right everywhere, if less pretty.
 * So is one in Etc/GMT+5, whose shipped VTIMEZONE says +05:00 instead of -05:00.
 */
function calendarZone(zone: string, instants: string[]): string | undefined {
  // UTC needs no rules: its times are written with Z. Nor do times centuries
  // ahead, whose rules are a guess anyway and cost ical.js a year-by-year walk.
  if (zone === "UTC" || instants.some((iso) => Date.parse(iso) > Date.UTC(2200, 0))) return undefined;
  const rules = rulesOf(zone);
  if (!rules) return undefined;
  const holds = instants.every((iso) => {
    const ms = Date.parse(iso);
    // A time the clocks show twice (the hour repeated when summer time ends) is read as its first by RFC 5545
    // (3.3.5), and as its second by some apps, ical.js among them: only UTC says it for all.
    if (shownTwice(ms, zone)) return false;
    // ical-generator writes these TZDate fields after TZID=; read them back as an app would.
    const d = new TZDate(ms, zone);
    const time = new ICAL.Time(
      {
        year: d.getFullYear(),
        month: d.getMonth() + 1,
        day: d.getDate(),
        hour: d.getHours(),
        minute: d.getMinutes(),
        second: d.getSeconds(),
        isDate: false,
      },
      rules,
    );
    return time.toUnixTime() * 1000 === ms;
  });
  return holds ? rules.tzid : undefined;
}

/** Whether the wall-clock time of `ms` in `zone` is also shown half an hour or an hour before or after it. */
function shownTwice(ms: number, zone: string): boolean {
  const clock = (at: number) => {
    const d = new TZDate(at, zone);
    return [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()].join();
  };
  const shown = clock(ms);
  return [-60, -30, 30, 60].some((minutes) => clock(ms + minutes * 60_000) === shown);
}

/** An event's hours: in its zone, with that zone's VTIMEZONE, where calendarZone allows; else in UTC. */
function hours(start: string, end: string, zone: string) {
  const tzid = calendarZone(zone, [start, end]);
  return tzid
    ? { start: new TZDate(Date.parse(start), zone), end: new TZDate(Date.parse(end), zone), timezone: tzid }
    : { start: new Date(start), end: new Date(end) };
}

function newCalendar(name: string, product: string, url: string): ICalCalendar {
  const cal = ical({
    // NAME and X-WR-CALNAME are TEXT, written by ical-generator as given: escaped here (RFC 5545, 3.3.11).
    name: calendarText(name).replace(/[\\;,]/g, "\\$&"),
    prodId: { company: site.name, product, language: site.language.toUpperCase() },
    url,
  });
  // The generator is asked for each event's zone. No zone for the calendar itself: ical-generator
  // would write every time without one (DTSTAMP, events in UTC) as a floating local time in it.
  cal.timezone({ name: null, generator: getVtimezoneComponent });
  return cal;
}

/**
 * The text of an iCalendar file of the meetups: each in its own zone with that
 * zone's VTIMEZONE, or in UTC.
 */
export function buildCalendar(meetups: Meetup[], speakersOf: (m: Meetup) => Speaker[], name = site.name): string {
  const cal = newCalendar(name, "meetups", absoluteUrl("/"));
  for (const m of meetups) {
    const when = m.hasTime
      ? hours(m.start, m.end, m.timeZone)
      : // The meetup's own day: a plain Date at UTC midnight is written as that day, whatever the machine's zone.
        { start: new Date(`${m.day}T00:00:00Z`), allDay: true };
    cal.createEvent({
      id: eventUid(m),
      summary: calendarText(statusTitle(m)),
      ...revision(m),
      ...when,
      ...location(m),
      url: absoluteUrl(meetupPath(m.slug)),
      description: calendarText(description(m, speakersOf(m)), { multiline: true }),
    });
  }
  return calendarFile(cal);
}

/** The file's text. RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves it off, and some importers drop that line. */
function calendarFile(cal: ICalCalendar): string {
  const text = cal.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** "Add to calendar" links for Google Calendar and Outlook. */
export function calendarLinks(m: Meetup, speakers: Speaker[]): { google: string; outlook: string } {
  const details = description(m, speakers);
  const event = {
    title: m.title,
    // A day without hours is given as the day: calendar-link would take a start at midnight to UTC first, the day before east of it.
    ...(m.hasTime ? { start: m.start, end: m.end } : { start: m.day }),
    allDay: !m.hasTime,
    location: where(m),
    description: details,
  };
  // Outlook's compose link reads a time without an offset in the viewer's zone,
  // and calendar-link writes UTC without one: give Outlook the offset itself.
  const outlook = new URL("https://outlook.live.com/calendar/0/action/compose");
  outlook.search = new URLSearchParams({
    rru: "addevent",
    subject: m.title,
    startdt: m.hasTime ? m.start : m.day,
    enddt: m.hasTime ? m.end : m.day,
    allday: String(!m.hasTime),
    location: where(m) ?? "",
    body: details,
  }).toString();
  return { google: google(event), outlook: outlook.toString() };
}

/** A talk has a calendar file of its own when it has hours (when its meetup's are known) and is not to be announced. */
export const hasTalkCalendar = (m: Meetup, slot: Slot): boolean => m.hasTime && isAnnouncedTalk(slot) && !!slot.anchor;

/** A talk's own event: its meetup's UID with the talk's anchor, so never the same as the meetup's, and stable while its title is. */
export const talkEventUid = (m: Meetup, slot: Slot) => `${m.slug}.${slot.anchor ?? ""}@${new URL(site.url).hostname}`;

/** An iCalendar file of one talk: its hours in the meetup's zone (as the meetup's own file writes them), its speakers, where, and the meetup's page. */
export function buildTalkCalendar(m: Meetup, slot: Slot, speakers: Speaker[]): string {
  const cal = newCalendar(slot.title, "talks", absoluteUrl(meetupPath(m.slug)));
  const talkUrl = absoluteUrl(talkPath(m.slug, slot.anchor ?? ""));
  const details = [
    ...statusText(m),
    withSpeakers(speakers),
    t.calendar.partOf(m.title),
    m.online ? t.calendar.online(m.online) : undefined,
    talkUrl,
  ];
  cal.createEvent({
    id: talkEventUid(m, slot),
    // A talk happens, or not, with its meetup.
    summary: calendarText(statusTitle(m, slot.title)),
    ...revision(m),
    ...hours(slot.start, slot.end ?? m.end, m.timeZone),
    // Where the talk is: the meetup's, as its own file says it; the stream is in the description.
    ...location(m),
    url: talkUrl,
    description: calendarText(details.filter(Boolean).join("\n\n"), { multiline: true }),
  });
  return calendarFile(cal);
}
