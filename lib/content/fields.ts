import { closest, distance } from "fastest-levenshtein";

// The fields of the content contract (../shared/CONTENT.md), in one place: a
// field that is not here is a problem, so a misspelt one (rvsp:) is never
// silently ignored.

export const MEETUP_FIELDS = [
  "title",
  "date",
  "end",
  "timezone",
  "venue",
  "rsvp",
  "summary",
  "topics",
  "draft",
  "schedule",
  "language",
  "online",
  "hosts",
  "photos",
  // Jekyll's redirect plugin, also written by `npm run upgrade`.
  "redirect_from",
];

/** Jekyll's own front matter, which copied posts keep (see "Legacy Jekyll posts"). */
export const JEKYLL_FIELDS = [
  "layout",
  "permalink",
  "published",
  "category",
  "categories",
  "tags",
  "excerpt",
  "excerpt_separator",
];

export const VENUE_FIELDS = ["name", "address", "map", "geo", "directions", "accessibility"];
export const SLOT_FIELDS = ["time", "end", "title", "speakers", "kind", "abstract", "slides", "video", "language"];
export const HOST_FIELDS = ["name", "url", "logo"];
export const PHOTO_FIELDS = ["src", "alt"];
export const SPEAKER_FIELDS = ["name", "role", "photo", "links"];
export const PAGE_FIELDS = ["title"];

/** The site's settings file (site.yml). */
export const SETTINGS_FIELDS = [
  "name",
  "tagline",
  "description",
  "url",
  "timezone",
  "timezone_label",
  "language",
  "city",
  "address",
  "country",
  "currency",
  "rsvp",
  "social",
  "repository",
  "home_past_meetups",
  "proposals",
];
export const SETTINGS_RSVP_FIELDS = ["service", "url"];
export const SETTINGS_SOCIAL_FIELDS = ["label", "url"];
export const SETTINGS_REPOSITORY_FIELDS = ["url", "branch"];
export const SPEAKER_LINK_KINDS = ["website", "github", "linkedin", "mastodon", "x"] as const;

/** The known field an unknown one was probably meant to be: "rvsp" -> "rsvp", "Title" -> "title". */
export function didYouMean(field: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = field.toLowerCase();
  const best = closest(lower, known);
  // Two edits (a swapped pair of letters) for names of four letters or more, one for shorter ones.
  const allowed = lower.length >= 4 ? 2 : 1;
  return distance(lower, best) <= allowed ? best : undefined;
}

/** The problem with an unknown field, said so that the organizer can fix it. */
export function unknownFieldMessage(field: string, known: readonly string[]): string {
  const guess = didYouMean(field, known);
  return guess
    ? `unknown field ${JSON.stringify(field)}: did you mean "${guess}"?`
    : `unknown field ${JSON.stringify(field)}: expected one of ${known.join(", ")}`;
}
