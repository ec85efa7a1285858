import fs from "node:fs";
import path from "node:path";

// Paths an organizer's file names on this site: files under public/ (a photo,
// a logo) and old addresses that lead to a meetup (redirect_from, Jekyll
// permalinks). Neither may leave the site, and an old address never takes the
// place of a file the site makes.

/** Files the site makes at its root, and each section's own page (compared without case: macOS disks ignore it). */
const SITE_FILES = [
  "index.html",
  "index.txt",
  "404.html",
  "feed.xml",
  "atom.xml",
  "feed.json",
  "calendar.ics",
  "sitemap.xml",
  "robots.txt",
  "CNAME",
  ".nojekyll",
  "icon.svg",
  "favicon.ico",
  "meetups/index.html",
  "meetups/index.txt",
];

/** Folders the site fills entirely: nothing else may be written in them. */
const SITE_FOLDERS = [
  "_next",
  "assets",
  "pagefind",
  "speakers",
  "topics",
  "talks",
  "search",
  "propose",
  "code-of-conduct",
  "404",
  "_not-found",
];

/** Names at the root that Next.js makes with a suffix of its own (opengraph-image.png, __next._tree.txt). */
const SITE_PREFIXES = ["__next", "opengraph-image", "twitter-image", "apple-icon", "icon."];

/** What the site is made of, beyond the fixed files: meetup pages and the files under public/. */
export interface SiteShape {
  /** Meetup slugs: /meetups/<slug>/ and everything under it belong to that meetup. */
  meetups?: Iterable<string>;
  /** The folder copied to the site's root as it is (public/). */
  publicDir?: string;
}

/**
 * The segments of a path on the site, decoded, or why it isn't one: no "..",
 * no other host, no backslash, no hidden names, no query or fragment.
 */
function segmentsOf(sitePath: string): string[] | string {
  if (!sitePath.startsWith("/")) return `expected a path on this site starting with "/"`;
  if (/^[\\/]{2}/.test(sitePath)) return `expected a path on this site, got "//", which leads to another host`;
  if (sitePath.includes("\\")) return `expected "/" between folders, got a backslash`;
  if (/[?#]/.test(sitePath)) return "expected a path without ? or #";
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(sitePath)) return "expected a path without spaces or control characters";
  let decoded: string[];
  try {
    decoded = sitePath
      .slice(1)
      .split("/")
      .map((s) => decodeURIComponent(s));
  } catch {
    return `expected "%" only as part of an escape like %20`;
  }
  const inner = decoded.slice(0, -1);
  for (const s of decoded) {
    if (s === "." || s === "..") return `expected a path without "." or ".." in it`;
    if (/[\\/]/.test(s)) return "expected a path without an escaped / or \\ in it (%2F, %5C)";
    if (/[\u0000-\u001f\u007f-\u009f]/.test(s)) return "expected a path without control characters";
    if (s.startsWith(".")) return `expected a path without hidden names (starting with "."), got "${s}"`;
  }
  if (inner.includes("")) return `expected a path without "//" in it`;
  return decoded;
}

function isUnder(segments: string[], prefix: string[]): boolean {
  return prefix.length <= segments.length && prefix.every((s, i) => s.toLowerCase() === segments[i]!.toLowerCase());
}

/**
 * Why `oldAddress` can't be an old address of a meetup, or undefined when it
 * can. It must be a path on this site, and what it becomes in the export
 * (a file, or a folder's index.html when it ends in "/") must not be, contain
 * or sit inside anything the site makes: its fixed files, its sections, a
 * meetup's page, a file from public/.
 */
export function reservedPath(oldAddress: string, site: SiteShape = {}): string | undefined {
  const segments = segmentsOf(oldAddress);
  if (typeof segments === "string") return segments;
  // "/a/" is written as a/index.html, "/a" as the file a.
  const target = segments.at(-1) === "" ? [...segments.slice(0, -1), "index.html"] : segments;
  const shown = (parts: string[]) => `/${parts.join("/")}`;

  for (const file of SITE_FILES) {
    const parts = file.split("/");
    if (isUnder(target, parts)) return `the site makes ${shown(parts)} itself`;
    if (isUnder(parts, target)) return `the site makes ${shown(parts)}, inside it`;
  }
  for (const folder of SITE_FOLDERS) {
    if (isUnder(target, [folder])) return `the site makes the pages under /${folder}/ itself`;
  }
  const first = target[0]!.toLowerCase();
  const prefix = SITE_PREFIXES.find((p) => first.startsWith(p.toLowerCase()));
  if (prefix) return `the site makes files named /${prefix}... itself`;
  for (const slug of site.meetups ?? []) {
    if (isUnder(target, ["meetups", slug]) || isUnder(["meetups", slug], target)) {
      return `/meetups/${slug}/ is the page of the meetup ${slug}`;
    }
  }
  return site.publicDir ? publicEntryIn(target, site.publicDir) : undefined;
}

/** Why the export path `target` is taken by a file of public/, or undefined when it isn't. */
function publicEntryIn(target: string[], publicDir: string): string | undefined {
  for (let i = 1; i <= target.length; i++) {
    const at = path.join(publicDir, ...target.slice(0, i));
    const stat = fs.statSync(at, { throwIfNoEntry: false });
    if (!stat) break;
    if (i === target.length || !stat.isDirectory()) return `public/${target.slice(0, i).join("/")} is there already`;
  }
  return undefined;
}

/**
 * The file under public/ that `sitePath` names, or why it can't be one: it must
 * be a path on this site that leads, after links are followed, to a file
 * inside public/.
 */
export function publicFile(sitePath: string, publicDir: string): { file: string } | { problem: string } {
  const segments = segmentsOf(sitePath);
  if (typeof segments === "string") return { problem: segments };
  if (segments.at(-1) === "") return { problem: "expected a path to a file, got one ending in /" };
  const file = path.join(publicDir, ...segments);
  let real: string;
  let root: string;
  try {
    real = fs.realpathSync(file);
    root = fs.realpathSync(publicDir);
  } catch {
    return { problem: `expected a file public${sitePath}, but there is none` };
  }
  if (!real.startsWith(root + path.sep)) return { problem: `expected a file inside public/, but public${sitePath} leads out of it` };
  if (!fs.statSync(real).isFile()) return { problem: `expected a file public${sitePath}, but it is a folder` };
  return { file: real };
}
