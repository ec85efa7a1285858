import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Metadata, Viewport } from "next";
import { publicDir } from "../content/paths";
import type { PreviewCard } from "../outputs/og/card";
import { previewPath, sitePreview } from "../outputs/previews";
import { site } from "./config";
import { basePath, CALENDAR_PATH, FEEDS, siteUrl } from "./urls";
import { t } from "../i18n";

/**
 * A page's metadata. Next replaces (not merges) a parent's openGraph and alternates, so every page states them
 * whole here.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  preview = { page: "/", alt: `${site.name}: ${site.tagline}`, card: sitePreview() },
}: {
  title?: string;
  description?: string;
  /** The page's own path, for its canonical URL; none for the site-wide defaults. */
  path?: string;
  type?: "website" | "article" | "profile";
  /** The page whose link-preview image this page shows (lib/outputs/previews.ts), and what it shows; default: the site's. */
  preview?: { page: string; alt: string; card: PreviewCard };
}): Metadata {
  // Versioned by what the card shows: a chat that keeps images by address fetches a cancelled meetup's new one.
  const version = createHash("sha256").update(JSON.stringify(preview.card)).digest("hex").slice(0, 8);
  const url = `${previewPath(preview.page)}?v=${version}`;
  const image = { url, width: 1200, height: 630, alt: preview.alt, type: "image/png" };
  const fullTitle = title ? `${title} · ${site.name}` : `${site.name} · ${site.tagline}`;
  return {
    ...(title && { title }),
    description: description ?? site.description,
    alternates: {
      ...(path && { canonical: path }),
      types: {
        "application/rss+xml": [{ url: FEEDS.rss, title: t.feeds.rss(site.name) }],
        "application/atom+xml": [{ url: FEEDS.atom, title: t.feeds.atom(site.name) }],
        "application/feed+json": [{ url: FEEDS.json, title: t.feeds.json(site.name) }],
        "text/calendar": [{ url: CALENDAR_PATH, title: t.feeds.calendar(site.name) }],
      },
    },
    openGraph: {
      siteName: site.name,
      locale: t.locale.replace("-", "_"),
      type,
      title: fullTitle,
      description: description ?? site.description,
      ...(path && { url: path }),
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: fullTitle,
      description: description ?? site.description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

// The group's icon (the content step has checked that there is one) is in the page itself: one request fewer
// before the first paint.
const icon = `data:image/svg+xml,${encodeURIComponent(fs.readFileSync(path.resolve(publicDir(), "icon.svg"), "utf8"))}`;

/** What every page inherits from its root layout (the site's, the embed's, the 404 page). */
export const rootMetadata: Metadata = {
  metadataBase: new URL(`${siteUrl}${basePath}/`),
  icons: { icon: [{ url: icon, type: "image/svg+xml" }] },
  ...pageMetadata({}),
  title: { default: `${site.name} · ${site.tagline}`, template: `%s · ${site.name}` },
};

export const rootViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#111418" },
  ],
};
