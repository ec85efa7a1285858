import type { Meetup, Speaker } from "../content/schema";
import type { Catalog } from "../site/catalog";
import type { PreviewCard } from "./og/card";
import { site } from "../site/config";
import { isCalledOff } from "../site/phases";
import { formatDay, formatHours } from "../site/time";
import { meetupPath, speakerPath } from "../site/urls";
import { listOf, t } from "../i18n";

// Each link preview is a real .png file beside its page, since a host serves an extensionless file as
// application/octet-stream, which link previewers refuse. The pages and the build read the same cards.

export const PREVIEW_FILE = "preview.png";
export const previewPath = (pagePath: string) => `${pagePath}${PREVIEW_FILE}`;

const brand = { name: site.name, tagline: site.tagline, ...(site.mark && { mark: site.mark }) };

export function sitePreview(): PreviewCard {
  return {
    site: brand,
    kicker: t.preview.site(site.city),
    title: site.tagline,
    lines: [site.url.replace(/^https?:\/\//, "")],
  };
}

/** The line above the title: the day, and what changed, which a chat shows before anyone opens the page. */
function kicker(m: Meetup): string {
  const day = formatDay(m.start, m.timeZone);
  if (m.status === "scheduled") return day;
  if (m.status === "rescheduled") return t.status.movedTo(day);
  return `${t.status.label[m.status]} · ${day}`;
}

export function meetupPreview(m: Meetup, speakers: Speaker[]): PreviewCard {
  const names = speakers.map((s) => s.name);
  return {
    site: brand,
    kicker: kicker(m),
    title: m.title,
    lines: [
      // Hours only for an evening that will happen.
      m.hasTime && !isCalledOff(m.status) ? formatHours(m.start, m.end, m.timeZone) : "",
      names.length > 0 ? t.preview.with(listOf(names)) : "",
    ].filter(Boolean),
  };
}

export function speakerPreview(s: Speaker, talks: number): PreviewCard {
  return {
    site: brand,
    kicker: t.preview.speaker,
    title: s.name,
    lines: [s.role ?? "", t.speakers.talks(talks)].filter(Boolean),
  };
}

export interface PreviewImage {
  /** The page it belongs to, e.g. /meetups/<slug>/ */
  page: string;
  card: PreviewCard;
  /** The organizer's file it shows, named when it can't be drawn. */
  source?: string;
}

/** Every link-preview image of the site. */
export function allPreviews(catalog: Catalog): PreviewImage[] {
  return [
    { page: "/", card: sitePreview() },
    ...catalog.allMeetups().map((m) => ({
      page: meetupPath(m.slug),
      card: meetupPreview(m, catalog.meetupSpeakers(m)),
      source: m.sourcePath,
    })),
    ...catalog.allSpeakers().map((s) => ({
      page: speakerPath(s.slug),
      card: speakerPreview(s, catalog.talksBy(s.slug).length),
      source: s.sourcePath,
    })),
  ];
}
