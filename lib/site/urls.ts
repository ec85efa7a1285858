import { site } from "./config";

// Page paths end in "/" to match the export's trailingSlash folders.

/** Set when the site is served under a sub-path, e.g. /kerneltlv for a GitHub project site. */
export const basePath = process.env.BASE_PATH ?? "";

/** Where this deployment lives: the site's own URL unless the deploy says otherwise (SITE_URL). */
export const siteUrl = (process.env.SITE_URL ?? site.url).replace(/\/+$/, "");

export const meetupPath = (slug: string) => `/meetups/${slug}/`;
export const ARCHIVE_PATH = "/meetups/";
export const archiveYearPath = (year: number) => `/meetups/${year}/`;
export const speakerPath = (slug: string) => `/speakers/${slug}/`;
export const topicPath = (slug: string, page = 1) =>
  `/topics/${encodeURIComponent(slug)}/${page > 1 ? `${page}/` : ""}`;

/** The talk archive: its newest years (lib/site/talks.ts), and a page per year. */
export const TALKS_PATH = "/talks/";
export const talksYearPath = (year: number) => `/talks/${year}/`;
/** A talk's own address: its place on its meetup's page (Slot.anchor). */
export const talkPath = (meetupSlug: string, anchor: string) => `${meetupPath(meetupSlug)}#${anchor}`;

/** A file under public/, as the browser must ask for it (next/link adds basePath to pages, not to these). */
export const assetPath = (publicPath: string) => `${basePath}${publicPath}`;

/** The page or file's full address, percent-encoded as URIs are (a Hebrew slug too): one spelling in every output. */
export const absoluteUrl = (pathname: string) => new URL(`${siteUrl}${basePath}${pathname}`).href;

export const meetupCalendarPath = (slug: string) => `/meetups/${slug}/calendar.ics`;
/** One talk's calendar file, by its anchor on the meetup's page. */
export const talkCalendarPath = (meetupSlug: string, anchor: string) =>
  `/meetups/${meetupSlug}/talks/${anchor}/calendar.ics`;
export const CALENDAR_PATH = "/calendar.ics";
export const FEEDS = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;

/** The group's data as JSON, each file with its JSON Schema (lib/outputs/open-data.ts). */
export const OPEN_DATA = {
  meetups: "/meetups.json",
  meetupsSchema: "/meetups.schema.json",
  speakers: "/speakers.json",
  speakersSchema: "/speakers.schema.json",
} as const;

/** The card other sites put in an iframe, and the page that shows how. */
export const EMBED_NEXT_PATH = "/embed/next/";
export const EMBED_PATH = "/embed/";

/** The page that says what talks the group wants and how to propose one. */
export const PROPOSE_PATH = "/propose/";

/** The group's code of conduct (content/code-of-conduct.md; lib/site/code-of-conduct.ts), when it has one. */
export const CODE_OF_CONDUCT_PATH = "/code-of-conduct/";

/** The talk proposal form: an issue form in the site's repository (.github/ISSUE_TEMPLATE/talk-proposal.yml). */
export const talkProposalFormUrl = `${site.repository.url}/issues/new?template=talk-proposal.yml`;

/** "Edit this page": the organizer's file, in the repository's web editor. */
export const editUrl = (sourcePath: string) =>
  `${site.repository.url}/edit/${site.repository.branch}/${sourcePath.replace(/[%?#\s]/g, encodeURIComponent)}`;

/** What to call the site an RSVP link leads to: the group's own service by its name ("Meetup.com"), any other by its host. */
export function serviceName(url: string): string {
  const host = (u: string) => new URL(u).hostname.replace(/^www\./, "");
  return host(url) === host(site.rsvp.url) ? site.rsvp.service : host(url);
}
