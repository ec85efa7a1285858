// The group's data as files anyone may read, each with a published JSON Schema. The schemas below are the one
// definition of every field: the files' TypeScript types follow from them, and the tests validate against them.
import type { Catalog } from "../site/catalog";
import { hasTalkCalendar } from "./calendar";
import { isAnnouncedTalk } from "../site/talks";
import { MEETUP_STATUSES, SPEAKER_LINK_KINDS, type Meetup, type Slot, type Speaker } from "../content/schema";
import { meetupLanguage, talkLanguage } from "../i18n";
import { type Described, fixed, list, object, oneOf, orNull, text } from "./json-schema";
import { previewPath } from "./previews";
import { site } from "../site/config";
import { htmlText } from "../site/text";
import {
  absoluteUrl,
  meetupCalendarPath,
  meetupPath,
  OPEN_DATA,
  speakerPath,
  talkCalendarPath,
  talkPath,
} from "../site/urls";

/**
 * Goes up when a field is renamed or removed, or changes meaning; a field may
 * be added without it. The schema at `$schema` always describes the file beside it.
 */
export const OPEN_DATA_VERSION = 1;

// ISO 8601 with the offset the meetup's zone had at that instant (Z for UTC, and for an instant before time zones).
const DATE_TIME = "^[+-]?\\d{4,6}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$";
// The same, or a day alone (a start whose hour was never written).
const DATE_OR_DAY = "^[+-]?\\d{4,6}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2}))?$";
const WEB_ADDRESS = "^https?://";

const url = (description: string) => text("string", description, WEB_ADDRESS);
const optionalUrl = (description: string) => text(["string", "null"], description, WEB_ADDRESS);
const instant = (description: string) => text("string", description, DATE_TIME);
const slug = (description: string) => text("string", description, "^[^/?#\\s]+$");

const header = (schemaPath: string) => ({
  $schema: url(`This file's schema: ${schemaPath}.`),
  version: fixed(
    "The format's version: it goes up when a field is renamed, removed or changes meaning.",
    OPEN_DATA_VERSION,
  ),
  generated: instant("When the site was built, in UTC; 'upcoming' below is as of then."),
});

const siteSchema = object("The group.", {
  name: text("string", "The group's name."),
  url: url("The site's home page."),
  timeZone: text("string", "The IANA zone meetups are held in unless one says otherwise."),
  language: text("string", "The site's language (an IETF tag); meetups are in it unless one says otherwise."),
});

const speakerRef = object("A speaker of the talk.", {
  slug: slug("The speaker's id: their entry in /speakers.json."),
  name: text("string", "The speaker's name."),
  url: url("The speaker's page."),
});

const talkSchema = object("A talk of the meetup, in the order of the evening.", {
  title: text("string", "The talk's title."),
  url: url("The talk's place on its meetup's page."),
  start: instant("When the talk starts."),
  end: text(["string", "null"], "When the talk ends; null when the schedule doesn't say.", DATE_TIME),
  language: text("string", "The language the talk is given in (an IETF tag)."),
  speakers: list("The speakers, in the order the schedule names them.", speakerRef),
  slides: optionalUrl("The slides, once they are up."),
  video: optionalUrl("The recording, once it is up."),
  calendar: optionalUrl("An iCalendar file of this talk alone; null when the talk has no time of its own."),
});

const meetupSchema = object("A meetup.", {
  slug: slug("The meetup's id, stable for good: the last part of its page's address."),
  title: text("string", "The meetup's title."),
  url: url("The meetup's page."),
  start: instant("When the meetup starts (doors open)."),
  end: instant("When the meetup ends."),
  timeKnown: text(
    "boolean",
    "False for an old meetup whose hours were never recorded: `start` and `end` are then its whole day.",
  ),
  timeZone: text("string", "The IANA zone the meetup is held in: read its times in it."),
  status: oneOf(
    "Whether the meetup goes ahead as announced: cancelled; postponed (`start` is the date it had, the new one isn't set); rescheduled (`start` is the new date); moved online (`online` is where).",
    MEETUP_STATUSES,
  ),
  statusNote: text(
    ["string", "null"],
    "What changed and why, in the organizers' words (plain text); null when they wrote none.",
  ),
  previousStarts: list(
    "The starts a rescheduled meetup had before, oldest first: a date-time, or a day (YYYY-MM-DD).",
    text("string", "A start it had.", DATE_OR_DAY),
  ),
  sequence: text(
    "integer",
    "How many times its time, place or status has changed: its calendar event's SEQUENCE. It never goes down.",
  ),
  language: text("string", "The meetup's language (an IETF tag)."),
  summary: text(["string", "null"], "One or two sentences about the meetup."),
  topics: list("What the meetup is about.", text("string", "A topic.")),
  venue: orNull(
    object("Where the meetup is; null until it is announced.", {
      name: text("string", "The venue's name."),
      address: text(["string", "null"], "Its street address."),
      map: optionalUrl("A map link the organizers gave."),
      geo: orNull(
        object("The venue's coordinates (WGS 84), when known.", {
          latitude: text("number", "Degrees north."),
          longitude: text("number", "Degrees east."),
        }),
      ),
    }),
  ),
  online: optionalUrl("The live stream or join link."),
  rsvp: optionalUrl("Where to register."),
  calendar: url("An iCalendar file of the meetup."),
  image: url("The meetup's link-preview image (PNG, 1200 by 630)."),
  talks: list("The meetup's talks; breaks are left out.", talkSchema),
});

/** The JSON Schema of /meetups.json. */
export const meetupsSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: `${site.name}: meetups`,
  ...object(
    "Every published meetup of the group, upcoming ones first (soonest first), then past ones (newest first).",
    {
      ...header(OPEN_DATA.meetupsSchema),
      site: siteSchema,
      meetups: list("The meetups.", meetupSchema),
    },
  ),
} as const;

const speakerTalk = object("A talk the speaker gave or will give.", {
  title: text("string", "The talk's title."),
  url: url("The talk's place on its meetup's page."),
  start: instant("When the talk starts."),
  meetup: slug("The meetup it is part of: its entry in /meetups.json."),
  status: oneOf(
    "Its meetup's status, as in /meetups.json: a postponed meetup's talk is not on at `start`. A cancelled meetup's talks are left out.",
    MEETUP_STATUSES,
  ),
});

const speakerSchema = object("A speaker.", {
  slug: slug("The speaker's id, stable for good: the last part of their page's address."),
  name: text("string", "The speaker's name."),
  role: text(["string", "null"], "A one-line affiliation."),
  url: url("The speaker's page."),
  photo: optionalUrl("The speaker's photo."),
  links: list(
    "The speaker elsewhere.",
    object("A link.", {
      kind: oneOf("What the link is.", SPEAKER_LINK_KINDS),
      url: url("The address."),
    }),
  ),
  talks: list(
    "Their talks at the group: meetups newest first, a meetup's talks in the order of its schedule.",
    speakerTalk,
  ),
});

/** The JSON Schema of /speakers.json. */
export const speakersSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: `${site.name}: speakers`,
  ...object("Every speaker of the group, by name.", {
    ...header(OPEN_DATA.speakersSchema),
    site: siteSchema,
    speakers: list("The speakers.", speakerSchema),
  }),
} as const;

export type MeetupsFile = Described<typeof meetupsSchema>;
export type SpeakersFile = Described<typeof speakersSchema>;
export type MeetupEntry = MeetupsFile["meetups"][number];

/** A file's address as given in the data: slides may be a PDF on this site (a path under public/). */
const fileUrl = (value: string | undefined) => (value?.startsWith("/") ? absoluteUrl(value) : (value ?? null));

/** What both files open with: their schema, the format's version, when they were made, and the group. */
const headerEntry = (schemaPath: string, now: Date): Omit<MeetupsFile, "meetups"> => ({
  $schema: absoluteUrl(schemaPath),
  version: OPEN_DATA_VERSION,
  generated: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
  site: { name: site.name, url: absoluteUrl("/"), timeZone: site.timeZone, language: site.language },
});

function talkEntry(m: Meetup, slot: Slot, speakersOf: (slot: Slot) => Speaker[]): MeetupEntry["talks"][number] {
  const anchor = slot.anchor ?? "";
  return {
    title: slot.title,
    url: absoluteUrl(talkPath(m.slug, anchor)),
    start: slot.start,
    end: slot.end ?? null,
    language: talkLanguage(slot, m),
    speakers: speakersOf(slot).map((s) => ({ slug: s.slug, name: s.name, url: absoluteUrl(speakerPath(s.slug)) })),
    slides: fileUrl(slot.slides),
    // A known service's own page for the video, in its usual form; else the address as written.
    video: slot.recording?.watch ?? slot.video ?? null,
    calendar: hasTalkCalendar(m, slot) ? absoluteUrl(talkCalendarPath(m.slug, anchor)) : null,
  };
}

function meetupEntry(m: Meetup, speakersOf: (slot: Slot) => Speaker[]): MeetupEntry {
  const { venue } = m;
  return {
    slug: m.slug,
    title: m.title,
    url: absoluteUrl(meetupPath(m.slug)),
    start: m.start,
    end: m.end,
    timeKnown: m.hasTime,
    timeZone: m.timeZone,
    status: m.status,
    statusNote: m.statusNoteHtml ? htmlText(m.statusNoteHtml).trim() : null,
    previousStarts: m.previousStarts,
    sequence: m.sequence,
    language: meetupLanguage(m),
    summary: m.summary ?? null,
    topics: m.topics,
    venue: venue
      ? {
          name: venue.name,
          address: venue.address ?? null,
          map: venue.map ?? null,
          geo: venue.geo ? { latitude: venue.geo.latitude, longitude: venue.geo.longitude } : null,
        }
      : null,
    online: m.online ?? null,
    rsvp: m.rsvp ?? null,
    calendar: absoluteUrl(meetupCalendarPath(m.slug)),
    image: absoluteUrl(previewPath(meetupPath(m.slug))),
    talks: m.schedule.filter(isAnnouncedTalk).map((slot) => talkEntry(m, slot, speakersOf)),
  };
}

/** /meetups.json as of `now`: the meetups not yet over, soonest first, then the past ones, newest first. */
export function meetupsFile(catalog: Catalog, now: Date): MeetupsFile {
  const meetups = [...catalog.upcomingMeetups(now), ...catalog.pastMeetups(now)];
  return {
    ...headerEntry(OPEN_DATA.meetupsSchema, now),
    meetups: meetups.map((m) => meetupEntry(m, catalog.speakersOf)),
  };
}

/** /speakers.json: every speaker by name, with their talks: meetups newest first, each meetup's in schedule order. */
export function speakersFile(catalog: Catalog, now: Date): SpeakersFile {
  return {
    ...headerEntry(OPEN_DATA.speakersSchema, now),
    speakers: catalog.allSpeakers().map((s) => ({
      slug: s.slug,
      name: s.name,
      role: s.role ?? null,
      url: absoluteUrl(speakerPath(s.slug)),
      photo: fileUrl(s.photo),
      links: s.links.map((link) => ({ kind: link.kind, url: link.url })),
      talks: catalog.talksBy(s.slug).map(({ meetup, slot }) => ({
        title: slot.title,
        url: absoluteUrl(talkPath(meetup.slug, slot.anchor ?? "")),
        start: slot.start,
        meetup: meetup.slug,
        status: meetup.status,
      })),
    })),
  };
}

/** A JSON file as the site serves it. */
export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { "content-type": "application/json; charset=utf-8" } });
}
