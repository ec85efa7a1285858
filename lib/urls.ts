import { site } from "./site";

// Page paths end in "/" to match the export's trailingSlash folders.

/** Set when the site is served under a sub-path, e.g. /kerneltlv for a GitHub project site. */
export const basePath = process.env.BASE_PATH ?? "";

/** Where this deployment lives: the site's own URL unless the deploy says otherwise (SITE_URL). */
export const siteUrl = (process.env.SITE_URL ?? site.url).replace(/\/+$/, "");

export const meetupPath = (slug: string) => `/meetups/${slug}/`;
export const speakerPath = (slug: string) => `/speakers/${slug}/`;
export const topicPath = (slug: string) => `/topics/${encodeURIComponent(slug)}/`;

/** A file under public/, as the browser must ask for it (next/link adds basePath to pages, not to these). */
export function assetPath(publicPath: string): string {
  return `${basePath}${publicPath}`;
}

export function absoluteUrl(pathname: string): string {
  return `${siteUrl}${basePath}${pathname}`;
}

export const meetupCalendarPath = (slug: string) => `/meetups/${slug}/calendar.ics`;
export const CALENDAR_PATH = "/calendar.ics";
export const FEEDS = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;

/** Where to suggest a talk: a new issue in the site's repository. */
export const proposeTalkUrl = `${site.repository.url}/issues/new?labels=talk-proposal&title=${encodeURIComponent("Talk proposal: ")}`;
