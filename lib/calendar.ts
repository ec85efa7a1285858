import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { TZDate } from "@date-fns/tz";
import { google } from "calendar-link";
import ical, { type ICalCalendar } from "ical-generator";
import type { Meetup, Speaker } from "./content/types";
import { site } from "./site";
import { absoluteUrl, meetupPath } from "./urls";

/** Stable across builds and edits: a subscriber's entry is updated when the time changes, never duplicated. */
export function eventUid(m: Meetup): string {
  return `${m.slug}@${new URL(site.url).hostname}`;
}

function where(m: Meetup): string {
  if (!m.venue) return site.defaultLocation.name;
  return [m.venue.name, m.venue.address].filter(Boolean).join(", ");
}

function description(m: Meetup, speakers: Speaker[]): string {
  const talks = m.schedule.filter((s) => s.kind === "talk").map((s) => `- ${s.title}`);
  return [
    m.summary,
    speakers.length > 0 ? `With ${speakers.map((s) => s.name).join(", ")}.` : undefined,
    talks.length > 0 ? `Talks:\n${talks.join("\n")}` : undefined,
    absoluteUrl(meetupPath(m.slug)),
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** An iCalendar file of the meetups, with their own zones (VTIMEZONE included). */
export function buildCalendar(meetups: Meetup[], speakersOf: (m: Meetup) => Speaker[], name = site.name): ICalCalendar {
  const cal = ical({ name, prodId: { company: site.name, product: "meetups", language: "EN" }, url: absoluteUrl("/") });
  cal.timezone({ name: site.timeZone, generator: getVtimezoneComponent });
  for (const m of meetups) {
    cal.createEvent({
      id: eventUid(m),
      summary: m.title,
      ...(m.hasTime
        ? {
            start: new TZDate(Date.parse(m.start), m.timeZone),
            end: new TZDate(Date.parse(m.end), m.timeZone),
            timezone: m.timeZone,
          }
        : { start: new TZDate(Date.parse(m.start), m.timeZone), allDay: true }),
      location: where(m),
      url: absoluteUrl(meetupPath(m.slug)),
      description: description(m, speakersOf(m)),
    });
  }
  return cal;
}

/** "Add to calendar" links for Google Calendar and Outlook. */
export function calendarLinks(m: Meetup, speakers: Speaker[]): { google: string; outlook: string } {
  const details = description(m, speakers);
  const event = {
    title: m.title,
    start: m.start,
    end: m.end,
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
    location: where(m),
    body: details,
  }).toString();
  return { google: google(event), outlook: outlook.toString() };
}
