import { Feed } from "feed";
import type { Meetup, Speaker } from "./content/types";
import { site } from "./site";
import { formatDay, formatHours } from "./time";
import { absoluteUrl, FEEDS, meetupPath, speakerPath } from "./urls";

/** The meetups as a feed for feed readers (RSS 2.0, Atom and JSON Feed from one source), newest first. */
export function buildFeed(meetups: Meetup[], speakersOf: (m: Meetup) => Speaker[], updated: Date): Feed {
  const feed = new Feed({
    title: `${site.name} meetups`,
    description: site.description,
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    language: "en",
    favicon: absoluteUrl("/icon.svg"),
    copyright: `${site.name}`,
    updated,
    feedLinks: { rss: absoluteUrl(FEEDS.rss), atom: absoluteUrl(FEEDS.atom), json: absoluteUrl(FEEDS.json) },
  });
  for (const m of meetups) {
    const url = absoluteUrl(meetupPath(m.slug));
    const authors = speakersOf(m).map((s) => ({ name: s.name, link: absoluteUrl(speakerPath(s.slug)) }));
    const when = m.hasTime
      ? `${formatDay(m.start, m.timeZone)}, ${formatHours(m.start, m.end, m.timeZone)}`
      : formatDay(m.start, m.timeZone);
    const talks = m.schedule
      .filter((s) => s.kind === "talk")
      .map((s) => `<li>${escapeHtml(s.title)}</li>`)
      .join("");
    feed.addItem({
      title: m.title,
      id: url,
      link: url,
      date: new Date(m.start),
      description: [when, m.summary].filter(Boolean).join(". "),
      content: `<p>${escapeHtml(when)}</p>${talks ? `<ul>${talks}</ul>` : ""}${m.bodyHtml}`,
      // feed's JSON writer reads author[0] unguarded: leave the field out when there is none.
      ...(authors.length > 0 && { author: authors }),
      category: m.topics.map((t) => ({ name: t })),
    });
  }
  return feed;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

const FORMATS = {
  rss: { type: "application/rss+xml", write: (f: Feed) => f.rss2() },
  atom: { type: "application/atom+xml", write: (f: Feed) => f.atom1() },
  json: { type: "application/feed+json", write: (f: Feed) => f.json1() },
} as const;

/** The body of one feed route. */
export function feedResponse(
  format: keyof typeof FORMATS,
  meetups: Meetup[],
  speakersOf: (m: Meetup) => Speaker[],
  updated: Date,
) {
  const { type, write } = FORMATS[format];
  return new Response(write(buildFeed(meetups, speakersOf, updated)), {
    headers: { "content-type": `${type}; charset=utf-8` },
  });
}
