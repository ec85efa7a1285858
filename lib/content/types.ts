// The validated, normalised shapes the pages work with. Every date-time is
// ISO 8601 with the meetup's own offset, so it can go straight into <time datetime>.

export interface Venue {
  name: string;
  address?: string;
  map?: string;
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
  topics: string[];
  draft: boolean;
  schedule: Slot[];
  bodyHtml: string;
  /** Read from a Jekyll post's free text rather than structured front matter. */
  legacy: boolean;
  /** Old addresses (Jekyll permalinks) that lead to this meetup's page. */
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
