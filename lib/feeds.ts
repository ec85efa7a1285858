import { Feed } from "feed";
import { topicSlug } from "./catalog";
import type { Meetup, Speaker } from "./content/schema";
import { site } from "./site";
import { escapeMarkup } from "./text";
import { formatDay, formatHours } from "./time";
import { absoluteUrl, FEEDS, meetupPath, speakerPath } from "./urls";
import { t } from "./i18n";

// Feeds are XML (RSS, Atom) and JSON, written by the `feed` package. What goes
// in is cleaned here even though the content gate refuses control characters:
// XML 1.0 can't hold most of them at all, escaped or not.

const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that XML 1.0 can hold. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}

// `feed` escapes "&" and '"' in attributes but not "<", which XML forbids
// there (Atom's <category label="...">). A "<" in a topic travels as this
// character, which xmlText never lets through, and is written out afterwards.
const LESS_THAN = "\uffff";

/**
 * How many meetups a feed carries: the latest, as feeds do (Jekyll's carried
 * 10). A reader that subscribed keeps what it has seen; the archive and the
 * subscription calendar hold every meetup. At 1,000 meetups each feed would
 * otherwise be near a megabyte, fetched again by every reader on every poll.
 */
export const FEED_ITEMS = 30;

/** The latest meetups (FEED_ITEMS) as a feed for feed readers (RSS 2.0, Atom and JSON Feed from one source), newest first. */
export function buildFeed(meetups: Meetup[], speakersOf: (m: Meetup) => Speaker[], updated: Date): Feed {
  const feed = new Feed({
    title: xmlText(t.feeds.title(site.name)),
    description: xmlText(site.description),
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    language: site.language,
    favicon: absoluteUrl("/icon.svg"),
    copyright: xmlText(site.name),
    updated,
    feedLinks: { rss: absoluteUrl(FEEDS.rss), atom: absoluteUrl(FEEDS.atom), json: absoluteUrl(FEEDS.json) },
  });
  const latest = [...meetups].sort((a, b) => Date.parse(b.start) - Date.parse(a.start)).slice(0, FEED_ITEMS);
  for (const m of latest) {
    const url = absoluteUrl(meetupPath(m.slug));
    const authors = speakersOf(m).map((s) => ({ name: xmlText(s.name), link: absoluteUrl(speakerPath(s.slug)) }));
    const when = m.hasTime
      ? `${formatDay(m.start, m.timeZone)}, ${formatHours(m.start, m.end, m.timeZone)}`
      : formatDay(m.start, m.timeZone);
    const talks = m.schedule
      .filter((s) => s.kind === "talk")
      .map((s) => `<li>${escapeMarkup(s.title)}</li>`)
      .join("");
    feed.addItem({
      title: xmlText(m.title),
      id: url,
      link: url,
      date: new Date(m.start),
      description: xmlText([when, m.summary].filter(Boolean).join(". ")),
      content: xmlText(`<p>${escapeMarkup(when)}</p>${talks ? `<ul>${talks}</ul>` : ""}${m.bodyHtml}`),
      // feed's JSON writer reads author[0] unguarded: leave the field out when there is none.
      ...(authors.length > 0 && { author: authors }),
      // Atom requires a term: the topic's slug, which is letters, digits and "-".
      category: m.topics.map((t) => ({ name: xmlText(t).replace(/</g, LESS_THAN), term: topicSlug(t) || "topic" })),
    });
  }
  return feed;
}

const FORMATS = {
  rss: { type: "application/rss+xml", write: (f: Feed) => f.rss2().replaceAll(LESS_THAN, "&lt;") },
  atom: { type: "application/atom+xml", write: (f: Feed) => f.atom1().replaceAll(LESS_THAN, "&lt;") },
  json: { type: "application/feed+json", write: (f: Feed) => f.json1().replaceAll(LESS_THAN, "<") },
} as const;

export type FeedFormat = keyof typeof FORMATS;

/** One feed's text. */
export function writeFeed(
  format: FeedFormat,
  meetups: Meetup[],
  speakersOf: (m: Meetup) => Speaker[],
  updated: Date,
): string {
  return FORMATS[format].write(buildFeed(meetups, speakersOf, updated));
}

/** The body of one feed route. */
export function feedResponse(
  format: FeedFormat,
  meetups: Meetup[],
  speakersOf: (m: Meetup) => Speaker[],
  updated: Date,
) {
  return new Response(writeFeed(format, meetups, speakersOf, updated), {
    headers: { "content-type": `${FORMATS[format].type}; charset=utf-8` },
  });
}
