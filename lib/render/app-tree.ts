import fs from "node:fs";
import path from "node:path";

// The App Router's file conventions that the export renders (lib/render/site.tsx):
// the root layout, the not-found page, pages and route handlers, in folders
// that are plain or [dynamic] segments. Any other convention Next knows would
// be left out of the export without a word, so the build refuses it instead.

export interface AppRoute {
  kind: "page" | "route";
  /** Relative to app/, with forward slashes. */
  file: string;
  /** The folders from app/ to the file: "meetups", "[slug]". */
  segments: string[];
}

export interface AppTree {
  layout: string;
  notFound: string;
  routes: AppRoute[];
}

const MODULE = /\.(tsx?|jsx?)$/;
const NAMES = ["page", "route", "layout", "not-found"];
// Conventions the export has no use for and does not render: refused, not ignored.
const UNSUPPORTED = [
  "loading",
  "error",
  "global-error",
  "template",
  "default",
  "forbidden",
  "unauthorized",
  "opengraph-image",
  "twitter-image",
  "icon",
  "apple-icon",
  "manifest",
  "robots",
  "sitemap",
  "middleware",
  "proxy",
];

/** A segment the export can write as a folder: a plain name or one [parameter]. */
function checkSegment(segment: string, where: string): void {
  if (/^\[[A-Za-z_][\w]*\]$/.test(segment)) return;
  // Not a route group (x), a parallel route @x, a catch-all [...x] or a private folder _x.
  if (/^[^()[\]@_][^()[\]@]*$/.test(segment)) return;
  throw new Error(`app/${where}: the static export renders plain folders and [parameter] folders only`);
}

/** Reads app/ into what the export renders. */
export function readAppTree(appDir = "app"): AppTree {
  const routes: AppRoute[] = [];
  let layout: string | undefined;
  let notFound: string | undefined;
  for (const entry of fs.readdirSync(appDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(appDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    const segments = rel.split("/").slice(0, -1);
    // Whatever its extension: Next serves an icon.png or a robots.txt here, which the export would not.
    const name = entry.name.replace(/\.[^.]*$/, "");
    if (UNSUPPORTED.includes(name) || name === "favicon") {
      throw new Error(`app/${rel}: the static export does not render "${name}" files`);
    }
    if (!MODULE.test(entry.name) || !NAMES.includes(name)) continue; // a stylesheet, a component beside its page
    for (const segment of segments) checkSegment(segment, rel);
    if (name === "layout" || name === "not-found") {
      if (segments.length > 0) throw new Error(`app/${rel}: the static export has one ${name}, in app/ itself`);
      if (name === "layout") layout = rel;
      else notFound = rel;
      continue;
    }
    routes.push({ kind: name as AppRoute["kind"], file: rel, segments });
  }
  if (!layout) throw new Error("app/layout.tsx is missing");
  if (!notFound) throw new Error("app/not-found.tsx is missing");
  routes.sort((a, b) => a.file.localeCompare(b.file));
  return { layout, notFound, routes };
}
