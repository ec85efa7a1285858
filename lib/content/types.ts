// The validated, normalised shapes the pages work with. Every date-time is
// ISO 8601 with the meetup's own offset, so it can go straight into <time datetime>;
// an instant whose offset has seconds (local mean time, before time zones) is
// written in UTC with Z instead. Read day and clock with lib/time.ts, never by
// slicing these strings. Every value is plain JSON.

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

/** Who hosts or sponsors the evening. */
export interface Host {
  name: string;
  url?: string;
  /** A path under public/. */
  logo?: string;
}

export interface Photo {
  /** A path under public/. */
  src: string;
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
  slides?: string;
  video?: string;
  /** The talk's language (an IETF tag) when it says one; else the meetup's. */
  language?: string;
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
