// The validated, normalised shapes the pages work with. Every date-time is
// ISO 8601 with the meetup's own offset, so it can go straight into <time datetime>.
// Read day and clock with lib/time.ts, never by slicing these strings. Every
// value is plain JSON.

import type { Recording } from "../video";

export type { Recording, VideoProvider } from "../video";

/** A point on the map, in degrees (WGS 84). */
export interface Geo {
  latitude: number;
  longitude: number;
}

export interface Venue {
  name: string;
  address?: string;
  map?: string;
  geo?: Geo;
  /** How to get in (floor, entrance), rendered from Markdown. */
  directionsHtml?: string;
  accessibilityHtml?: string;
}

/**
 * An image file under public/ with its size in pixels, read from the file (as
 * shown: a photo's EXIF rotation is applied), for <img width height>.
 */
export interface ImageFile {
  /** A path under public/: /hosts/example.svg */
  src: string;
  width: number;
  height: number;
}

/** Who hosts or sponsors the evening. */
export interface Host {
  name: string;
  url?: string;
  /** jpg, jpeg, png, webp, avif or svg. */
  logo?: ImageFile;
}

/** A photo of the evening: jpg, jpeg, png, webp or avif. */
export interface Photo extends ImageFile {
  /** What the photo shows, for people who can't see it. */
  alt: string;
}

export interface Slot {
  start: string;
  end?: string;
  title: string;
  kind: "talk" | "break";
  /** Speaker slugs, in the order the organizer wrote them. */
  speakers: string[];
  abstractHtml?: string;
  /** An https:// or http:// URL, or a path to a PDF under public/ (/slides/x.pdf). */
  slides?: string;
  /** An https:// URL. */
  video?: string;
  /** What `video` plays as (lib/video.ts): the player to load on play, or a plain link. */
  recording?: Recording;
  /** The talk's language (an IETF tag) when it says one; else the meetup's. */
  language?: string;
  /**
   * A talk's id on its meetup page (the address /meetups/<slug>/#<anchor>):
   * "talk-" and its title's slug, unique within the meetup. Talks only.
   */
  anchor?: string;
}

export interface Meetup {
  slug: string;
  /** The organizer's file, from the project root. */
  sourcePath: string;
  title: string;
  timeZone: string;
  /** The event's calendar day in its own zone: YYYY-MM-DD. */
  day: string;
  /** False for a legacy post whose start time can't be known: show the day only. */
  hasTime: boolean;
  start: string;
  end: string;
  venue?: Venue;
  rsvp?: string;
  summary?: string;
  /** The meetup's language (an IETF tag) when it says one; else the site's. */
  language?: string;
  /** A live stream or join link. */
  online?: string;
  hosts?: Host[];
  photos?: Photo[];
  topics: string[];
  draft: boolean;
  schedule: Slot[];
  bodyHtml: string;
  /** Read from a Jekyll post's free text rather than structured front matter. */
  legacy: boolean;
  /** Old addresses (redirect_from, Jekyll permalinks) that lead to this meetup's page; none is a file the site makes. */
  redirects: string[];
}

/** A page of its own from the content folder: the code of conduct (content/code-of-conduct.md). */
export interface Page {
  /** The file name without .md: the page's address is /<slug>/. */
  slug: string;
  sourcePath: string;
  title: string;
  bodyHtml: string;
}

export interface SpeakerLink {
  kind: "website" | "github" | "linkedin" | "mastodon" | "x";
  url: string;
}

export interface Speaker {
  slug: string;
  sourcePath: string;
  name: string;
  role?: string;
  photo?: string;
  links: SpeakerLink[];
  bioHtml: string;
}

/** The interface languages the site ships a catalog for. */
export type InterfaceLanguage = "en" | "he";

/** The one settings file (site.yml): everything that makes the site one group's. */
export interface SiteSettings {
  /** The settings file, for messages. */
  sourcePath: string;
  name: string;
  tagline: string;
  /** One or two sentences, on one line: the home page, feeds, search engines. */
  description: string;
  /** https://host of the deployment: no path, no trailing slash. */
  url: string;
  /** Canonical IANA zone: meetups are held in it unless one says otherwise. */
  timeZone: string;
  /** How times are labelled ("Israel time"); unset: the zone's generic name in the interface language. */
  timeZoneLabel?: string;
  /** The interface language, and the default language of meetups. */
  language: InterfaceLanguage;
  /** Where meetups usually are. */
  city: string;
  /** Where calendars and search engines place a meetup that names no venue yet. */
  address?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** ISO 4217, upper case: free tickets in search engines' data. */
  currency: string;
  /** Where people join the group and RSVP. */
  rsvp: { service: string; url: string };
  social: { label: string; url: string }[];
  /** Where the content lives: "Edit this page", proposals. `url` has no trailing slash. */
  repository: { url: string; branch: string };
  /** How many past meetups the home page shows. */
  homePastMeetups: number;
  /** What the group looks for in a talk (the propose-a-talk page): sanitized HTML, dir="auto" blocks. */
  proposalsHtml?: string;
}
