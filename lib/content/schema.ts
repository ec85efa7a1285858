import { defineDocumentType, defineNestedType, type FieldDef } from "contentlayer2/source-files/schema";

// The one schema: Contentlayer's document types, the TypeScript types and the front matter the gate knows all
// follow from it. A date-time keeps the meetup's own offset, for <time datetime>: read it with lib/site/time.ts.

// A document field is what the gate hands on, a front-matter field what an organizer writes; `written`
// marks a document field made from the organizer's field of the same name, or of the name `as`.
const written = <const D extends FieldDef>(def: D, as?: string): D & { written: string | true } => ({
  ...def,
  written: as ?? true,
});

type Field = FieldDef & { written?: string | true };
type Fields = Record<string, Field>;

/** A nested type whose fields the types below can still see (Contentlayer's own hides them). */
function nested<const F extends Fields>(name: string, fields: F) {
  return Object.assign(
    defineNestedType(() => ({ name, fields })),
    { fields },
  );
}

/** A document type, read from the gate's JSON files in `folder` (lib/build/bridge.ts). */
function document<const F extends Fields>(name: string, folder: string, fields: F) {
  const filePathPattern = `${folder}/*.json`;
  return Object.assign(
    defineDocumentType(() => ({ name, filePathPattern, contentType: "data", fields })),
    { fields },
  );
}

/** The TypeScript type of a field's value, or of a type's object: what Contentlayer generates, less its bookkeeping. */
type Value<F> = F extends { fields: infer D }
  ? { -readonly [K in keyof D as D[K] extends Given ? K : never]: Value<D[K]> } & {
      -readonly [K in keyof D as D[K] extends Given ? never : K]?: Value<D[K]>;
    }
  : F extends { type: "list"; of: infer I }
    ? Value<I>[]
    : F extends { of: infer N }
      ? Value<N>
      : F extends { options: readonly (infer O)[] }
        ? O
        : F extends { type: "number" }
          ? number
          : F extends { type: "boolean" }
            ? boolean
            : string;
type Given = { required: true } | { default: unknown };

/** The front-matter fields an organizer may write for a type: those its `written` fields are made from. */
function frontMatter({ fields }: { fields: Fields }): string[] {
  const names = Object.entries(fields).map(([name, f]) => (f.written === true ? name : f.written));
  return [...new Set(names.filter((name) => name !== undefined))];
}

const text = { type: "string", required: true } as const;
const optionalText = { type: "string" } as const;
const flag = { type: "boolean", required: true } as const;
const pixels = { type: "number", required: true } as const;
const words = { type: "list", of: { type: "string" }, default: [] } as const;

/** A point on the map, in degrees (WGS 84). */
const degrees = { type: "number", required: true } as const;
const geo = nested("Geo", { latitude: degrees, longitude: degrees });

const venue = nested("Venue", {
  name: written(text),
  address: written(optionalText),
  map: written(optionalText),
  geo: written({ type: "nested", of: geo }),
  /** How to get in (floor, entrance), rendered from Markdown. */
  directionsHtml: written(optionalText, "directions"),
  accessibilityHtml: written(optionalText, "accessibility"),
});

/** An image file under public/ (src: /hosts/example.svg) with its size in pixels as shown (EXIF rotation applied). */
const imageFile = nested("ImageFile", { src: text, width: pixels, height: pixels });

/** Who hosts or sponsors the evening. */
const host = nested("Host", {
  name: written(text),
  url: written(optionalText),
  /** jpg, jpeg, png, webp, avif or svg. */
  logo: written({ type: "nested", of: imageFile }),
});

/** A photo of the evening: jpg, jpeg, png, webp or avif. */
const photo = nested("Photo", {
  src: written(text),
  width: pixels,
  height: pixels,
  /** What the photo shows, for people who can't see it. */
  alt: written(text),
});

/** What a talk's `video` plays as (lib/site/recordings.ts): the player to load on play, or a plain link. */
const recording = nested("Recording", {
  /** The address as the organizer wrote it: the plain link that works without JavaScript. */
  url: text,
  provider: { type: "enum", options: ["youtube", "vimeo", "peertube", "other"], required: true },
  /** The service's id of the video; absent for "other". */
  id: optionalText,
  /** The player to load on play (autoplaying, privacy-enhanced); absent for "other". */
  embed: optionalText,
  /** The video's own page on its service, in its usual form; absent for "other". */
  watch: optionalText,
});

const slot = nested("Slot", {
  start: written(text, "time"),
  end: written(optionalText),
  title: written(text),
  /** Speaker slugs, in the order the organizer wrote them. */
  speakers: written(words),
  kind: written({ type: "enum", options: ["talk", "break"], required: true }),
  abstractHtml: written(optionalText, "abstract"),
  /** An https:// or http:// URL, or a path to a PDF under public/ (/slides/x.pdf). */
  slides: written(optionalText),
  /** An https:// URL. */
  video: written(optionalText),
  recording: { type: "nested", of: recording },
  /** The talk's language (an IETF tag) when it says one; else the meetup's. */
  language: written(optionalText),
  /** A talk's id on its meetup page (/meetups/<slug>/#<anchor>): "talk-" and its title's slug, unique in the meetup. */
  anchor: optionalText,
});

/** How the plans stand: a meetup is scheduled unless its organizers say otherwise (docs/content.md, "When plans change"). */
export const MEETUP_STATUSES = ["scheduled", "cancelled", "postponed", "rescheduled", "moved-online"] as const;

const meetup = document("Meetup", "meetups", {
  slug: text,
  /** The organizer's file, from the project root. */
  sourcePath: text,
  title: written(text),
  start: written(text, "date"),
  /** The event's calendar day in its own zone: YYYY-MM-DD. */
  day: text,
  /** False for a legacy post whose start time can't be known: show the day only. */
  hasTime: flag,
  end: written(text),
  timeZone: written(text, "timezone"),
  venue: written({ type: "nested", of: venue }),
  rsvp: written(optionalText),
  summary: written(optionalText),
  topics: written(words),
  draft: written(flag),
  schedule: written({ type: "list", of: slot, default: [] }),
  /** The meetup's language (an IETF tag) when it says one; else the site's. */
  language: written(optionalText),
  /** A live stream or join link. */
  online: written(optionalText),
  hosts: written({ type: "list", of: host }),
  photos: written({ type: "list", of: photo }),
  /** Old addresses (Jekyll's redirect_from, also written by `npm run upgrade`, and permalinks) that lead here. */
  redirects: written(words, "redirect_from"),
  status: written({ type: "enum", options: [...MEETUP_STATUSES], default: "scheduled" }),
  /** What changed and why, rendered from Markdown. */
  statusNoteHtml: written(optionalText, "status_note"),
  /** The starts it had before it was rescheduled, oldest first: ISO 8601 like `start`, or a day (YYYY-MM-DD). */
  previousStarts: written(words, "previous_date"),
  /**
   * How many times its time, place or status has changed, from the file's history in git
   * (lib/build/history.ts): the calendars' SEQUENCE, which only ever goes up.
   */
  sequence: { type: "number", default: 0 },
  /** When the file was first committed (lib/build/history.ts), or its time when it has no history; ISO 8601 in UTC. */
  added: optionalText,
  /** When the file last changed (lib/build/history.ts): its last commit, or the file's time when it has uncommitted changes or no history; ISO 8601 in UTC. */
  modified: optionalText,
  bodyHtml: text,
  /** Read from a Jekyll post's free text rather than structured front matter. */
  legacy: flag,
});

const speakerLink = nested("SpeakerLink", {
  kind: { type: "enum", options: ["website", "github", "linkedin", "mastodon", "x"], required: true },
  url: text,
});

const speaker = document("Speaker", "speakers", {
  slug: text,
  sourcePath: text,
  name: written(text),
  role: written(optionalText),
  photo: written(optionalText),
  links: written({ type: "list", of: speakerLink, default: [] }),
  /** The language (an IETF tag) their role and bio are written in, when it says one; else the site's. */
  language: written(optionalText),
  bioHtml: text,
});

/** A page of its own from the content folder: the code of conduct (content/code-of-conduct.md at /code-of-conduct/). */
const page = document("Page", "pages", { slug: text, sourcePath: text, title: written(text), bodyHtml: text });

// The settings file (site.yml): no document, but checked by the gate and described the same way.
const rsvp = nested("Rsvp", { service: written(text), url: written(text) });
const socialLink = nested("SocialLink", { label: written(text), url: written(text) });
const repository = nested("Repository", { url: written(text), branch: written(text) });
const settings = nested("SiteSettings", {
  /** The settings file, for messages. */
  sourcePath: text,
  name: written(text),
  /** A few characters before the name, in the header and on link previews (KernelTLV's ">_"); none if unset. */
  mark: written(optionalText),
  tagline: written(text),
  /** One or two sentences, on one line: the home page, feeds, search engines. */
  description: written(text),
  /** https://host of the deployment: no path, no trailing slash. */
  url: written(text),
  /** Canonical IANA zone: meetups are held in it unless one says otherwise. */
  timeZone: written(text, "timezone"),
  /** How times are labelled ("Israel time"); unset: the zone's generic name in the interface language. */
  timeZoneLabel: written(optionalText, "timezone_label"),
  /** The interface language (one the site ships a catalog for), and the default language of meetups. */
  language: written({ type: "enum", options: ["en", "he"], required: true }),
  /** Where meetups usually are. */
  city: written(text),
  /** Where calendars and search engines place a meetup that names no venue yet. */
  address: written(optionalText),
  /** ISO 3166-1 alpha-2, upper case. */
  country: written(text),
  /** ISO 4217, upper case: free tickets in search engines' data. */
  currency: written(text),
  /** Where people join the group and RSVP. */
  rsvp: written({ type: "nested", of: rsvp, required: true }),
  social: written({ type: "list", of: socialLink, default: [] }),
  /** Where the content lives: "Edit this page", proposals. `url` has no trailing slash. */
  repository: written({ type: "nested", of: repository, required: true }),
  /** How many past meetups the home page shows. */
  homePastMeetups: written({ type: "number", required: true }, "home_past_meetups"),
  /** The old Jekyll site's permalink: (date, pretty, none, or a template like /:year/:title/), for its posts' addresses. */
  jekyllPermalink: written({ type: "string", default: "date" }, "jekyll_permalink"),
  /** What the group looks for in a talk (the propose-a-talk page): sanitized HTML, dir="auto" blocks. */
  proposalsHtml: written(optionalText, "proposals"),
});

/** What contentlayer.config.ts hands Contentlayer. */
export const documentTypes = [meetup, speaker, page];

export type Geo = Value<typeof geo>;
export type Venue = Value<typeof venue>;
export type ImageFile = Value<typeof imageFile>;
export type Host = Value<typeof host>;
export type Photo = Value<typeof photo>;
export type Recording = Value<typeof recording>;
export type VideoProvider = Recording["provider"];
export type Slot = Value<typeof slot>;
export type Meetup = Value<typeof meetup>;
export type SpeakerLink = Value<typeof speakerLink>;
export type Speaker = Value<typeof speaker>;
export type Page = Value<typeof page>;
export type SiteSettings = Value<typeof settings>;
export type InterfaceLanguage = SiteSettings["language"];
export const INTERFACE_LANGUAGES = settings.fields.language.options;

export const MEETUP_FIELDS = frontMatter(meetup);
/** Jekyll's own front matter, which copied posts keep (see "Legacy Jekyll posts"). */
export const JEKYLL_FIELDS = "layout permalink published category categories tags excerpt excerpt_separator".split(" ");
/**
 * Fields Jekyll's themes and plugins read, taken only in a file that is a Jekyll post by the fields above or its
 * date: in a meetup of this site's own, "description" is a misspelt summary. `slug` and `tag` are Jekyll's own.
 */
export const JEKYLL_THEME_FIELDS = "slug tag description author comments image last_modified_at sitemap".split(" ");
export const VENUE_FIELDS = frontMatter(venue);
export const SLOT_FIELDS = frontMatter(slot);
export const HOST_FIELDS = frontMatter(host);
export const PHOTO_FIELDS = frontMatter(photo);
export const SPEAKER_FIELDS = frontMatter(speaker);
export const SPEAKER_LINK_KINDS = speakerLink.fields.kind.options;
export const PAGE_FIELDS = frontMatter(page);
export const SETTINGS_FIELDS = frontMatter(settings);
export const SETTINGS_RSVP_FIELDS = frontMatter(rsvp);
export const SETTINGS_SOCIAL_FIELDS = frontMatter(socialLink);
export const SETTINGS_REPOSITORY_FIELDS = frontMatter(repository);
