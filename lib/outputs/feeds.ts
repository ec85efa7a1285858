import { Feed } from "feed";
import { topicSlug } from "../site/catalog";
import { isAnnouncedTalk } from "../site/talks";
import type { Meetup, Speaker } from "../content/schema";
import { site } from "../site/config";
import { escapeMarkup } from "../site/text";
import { formatDay, formatHours } from "../site/time";
import { absoluteUrl, FEEDS, meetupPath, speakerPath } from "../site/urls";
import { t } from "../i18n";
import { statusLine, statusText, statusTitle } from "./status";

// JSON Feed 1.1 is written here: the `feed` package writes only 1.0. Text is cleaned although the content gate
// refuses control characters: XML 1.0 can't hold most of them at all, escaped or not.

const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that XML 1.0 can hold. */
const xmlText = (text: string) => text.replace(NOT_XML, "");

// `feed` doesn't escape "<" in attributes, where XML forbids it: a topic's "<" travels as this character (which
// xmlText never lets through) and is written out afterwards.
const LESS_THAN = "\uffff";
// A CDATA section ends at "]]>", and `feed` splits only the first one: the ">" of each travels as this character
// and is written out as a split section.
const CDATA_END = "\ufffe";
const cdata = (text: string) => xmlText(text).replaceAll("]]>", `]]${CDATA_END}`);

/**
 * How many meetups a feed carries: the latest, as a subscribed reader keeps what it has seen. With every meetup,
 * a feed of 1,000 would be near a megabyte, fetched again on every poll.
 */
export const FEED_ITEMS = 30;

/** Pieces of text as sentences: each ends with a full stop unless it ends with one already. */
const sentences = (pieces: (string | undefined)[]) =>
  pieces
    .filter(Boolean)
    .map((piece, i, all) => (i < all.length - 1 && !/[.!?]$/.test(piece!) ? `${piece}.` : piece))
    .join(" ");

/** Each meetup as every format tells it. */
function entries(meetups: Meetup[], speakersOf: (m: Meetup) => Speaker[]) {
  const latest = [...meetups].sort((a, b) => Date.parse(b.start) - Date.parse(a.start)).slice(0, FEED_ITEMS);
  return latest.map((m) => {
    // A postponed meetup's status says the day it had; its hours no longer hold, as its page says.
    const when =
      m.status === "postponed"
        ? undefined
        : m.hasTime
          ? `${formatDay(m.start, m.timeZone)}, ${formatHours(m.start, m.end, m.timeZone)}`
          : formatDay(m.start, m.timeZone);
    const talks = m.schedule
      .filter(isAnnouncedTalk)
      .map((s) => `<li>${escapeMarkup(s.title)}</li>`)
      .join("");
    const authors = new Map(speakersOf(m).map((s) => [s.name, absoluteUrl(speakerPath(s.slug))]));
    const line = statusLine(m);
    const status = `${line ? `<p><strong>${escapeMarkup(line)}</strong></p>` : ""}${m.statusNoteHtml ?? ""}`;
    return {
      url: absoluteUrl(meetupPath(m.slug)),
      // "Cancelled: ..." when plans changed: a reader shows the entry again under its new title.
      title: xmlText(statusTitle(m)),
      // Announced when its file was first committed, or on its day if it went in later (an old meetup brought over):
      // never in the future, which readers may hold back until then (RSS 2.0, pubDate).
      date: new Date(Math.min(Date.parse(m.start), Date.parse(m.added ?? m.start))),
      // When its file last changed: readers take the entry again, by its id, rather than adding one.
      updated: new Date(m.modified ?? m.start),
      description: xmlText(sentences([...statusText(m), when, m.summary])),
      content: xmlText(
        `${status}${when ? `<p>${escapeMarkup(when)}</p>` : ""}${talks ? `<ul>${talks}</ul>` : ""}${m.bodyHtml}`,
      ),
      // Each speaker once, in the order they speak.
      authors: [...authors].map(([name, link]) => ({ name: xmlText(name), link })),
      topics: m.topics.map(xmlText),
      ...(m.language && { language: m.language }),
    };
  });
}

type Entry = ReturnType<typeof entries>[number];

/** RSS 2.0 or Atom, from the `feed` package. */
function xmlFeed(format: "rss" | "atom", list: Entry[], updated: Date): string {
  const feed = new Feed({
    title: xmlText(t.feeds.title(site.name)),
    description: xmlText(site.description),
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    language: site.language,
    favicon: absoluteUrl("/icon.svg"),
    copyright: xmlText(site.name),
    // Atom needs an author for an entry without one of its own (a meetup without speakers): the group.
    author: { name: xmlText(site.name), link: absoluteUrl("/") },
    updated,
    feedLinks: { rss: absoluteUrl(FEEDS.rss), atom: absoluteUrl(FEEDS.atom), json: absoluteUrl(FEEDS.json) },
  });
  for (const e of list) {
    feed.addItem({
      // Atom's title, and both formats' description, are HTML (`feed` writes type="html"): "<linux/list.h>" is text.
      title: cdata(format === "atom" ? escapeMarkup(e.title) : e.title),
      id: e.url,
      link: e.url,
      // Atom's <updated>; RSS's pubDate is `published`.
      date: e.updated,
      published: e.date,
      description: cdata(escapeMarkup(e.description)),
      // Always there: it is also what makes `feed` declare the dc: namespace that dc:creator needs.
      content: cdata(e.content),
      // RSS's <author> is an e-mail address; speakers are named in Dublin Core's dc:creator, each once.
      ...(format === "atom" && e.authors.length > 0 && { author: e.authors }),
      ...(format === "rss" &&
        e.authors.length > 0 && {
          // xml-js, which `feed` writes with, makes one element of each object in a list.
          extensions: [
            {
              name: "dc:creator",
              objects: e.authors.map((a) => ({ _text: a.name })) as unknown as Record<string, unknown>,
            },
          ],
        }),
      // Atom requires a term: the topic's slug, which is letters, digits and "-".
      category: e.topics.map((t) => ({ name: t.replace(/</g, LESS_THAN), term: topicSlug(t) || "topic" })),
    });
  }
  const text = format === "rss" ? feed.rss2() : feed.atom1();
  return text.replaceAll(LESS_THAN, "&lt;").replaceAll(CDATA_END, "]]><![CDATA[>");
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
function jsonFeed(list: Entry[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: xmlText(t.feeds.title(site.name)),
    home_page_url: absoluteUrl("/"),
    feed_url: absoluteUrl(FEEDS.json),
    description: xmlText(site.description),
    favicon: absoluteUrl("/icon.svg"),
    language: site.language,
    authors: [{ name: xmlText(site.name), url: absoluteUrl("/") }],
    items: list.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      content_html: e.content,
      summary: e.description,
      date_published: e.date.toISOString(),
      date_modified: e.updated.toISOString(),
      ...(e.authors.length > 0 && { authors: e.authors.map((a) => ({ name: a.name, url: a.link })) }),
      ...(e.topics.length > 0 && { tags: e.topics }),
      ...(e.language && { language: e.language }),
    })),
  };
  return JSON.stringify(feed, null, 2);
}

const TYPES = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" } as const;

export type FeedFormat = keyof typeof TYPES;

/** One feed's text: the latest FEED_ITEMS meetups, newest first. */
export function writeFeed(
  format: FeedFormat,
  meetups: Meetup[],
  speakersOf: (m: Meetup) => Speaker[],
  updated: Date,
): string {
  const list = entries(meetups, speakersOf);
  return format === "json" ? jsonFeed(list) : xmlFeed(format, list, updated);
}

/** The body of one feed route: writeFeed's text, as its format's type. */
export function feedResponse(...feed: Parameters<typeof writeFeed>) {
  return new Response(writeFeed(...feed), { headers: { "content-type": `${TYPES[feed[0]]}; charset=utf-8` } });
}
