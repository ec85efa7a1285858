import fs from "node:fs";
import path from "node:path";
import { PAGE_FILES } from "./paths";

// Paths an organizer's file names on this site: a file under public/, or a meetup's old address. Neither may
// leave the site, and an old address never takes the place of a file the site makes.

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
  ".nojekyll",
  "icon.svg",
  "favicon.ico",
  "preview.png",
  "meetups.json",
  "meetups.schema.json",
  "speakers.json",
  "speakers.schema.json",
  "_headers",
  "meetups/index.html",
  "meetups/index.txt",
];

/** What a page's own folder holds besides the page (its link-preview image, Next's data files). */
const PAGE_FOLDER_FILES = ["index.html", "index.txt", "preview.png"];
const PAGE_FOLDER_PREFIX = "__next";

/** Folders the site fills entirely: nothing else may be written in them. */
const SITE_FOLDERS = [
  ..."_next pagefind speakers topics talks search propose embed 404 _not-found".split(" "),
  // The content folder's own pages (the code of conduct).
  ...PAGE_FILES.map((file) => file.replace(/\.md$/, "")),
];

/** Names at the root that Next.js makes with a suffix of its own (opengraph-image.png, __next._tree.txt). */
const SITE_PREFIXES = ["__next", "opengraph-image", "twitter-image", "apple-icon", "icon."];

const MAX_NAME_BYTES = 200;

/** The segments of a path on the site, decoded, or why it isn't one. */
function segmentsOf(sitePath: string): string[] | string {
  if (!sitePath.startsWith("/")) return `expected a path on this site starting with "/"`;
  if (/^[\\/]{2}/.test(sitePath)) return `expected a path on this site, got "//", which leads to another host`;
  if (sitePath.includes("\\")) return `expected "/" between folders, got a backslash`;
  if (/[?#]/.test(sitePath)) return "expected a path without ? or #";
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(sitePath)) return "expected a path without spaces or control characters";
  let decoded: string[];
  try {
    decoded = sitePath.slice(1).split("/").map(decodeURIComponent);
  } catch {
    return `expected "%" only as part of an escape like %20`;
  }
  const inner = decoded.slice(0, -1);
  for (const s of decoded) {
    if (s === "." || s === "..") return `expected a path without "." or ".." in it`;
    if (/[\\/]/.test(s)) return "expected a path without an escaped / or \\ in it (%2F, %5C)";
    if (/[\u0000-\u001f\u007f-\u009f]/.test(s)) return "expected a path without control characters";
    if (s.startsWith(".")) return `expected a path without hidden names (starting with "."), got "${s}"`;
    // A folder or file name of the export: file systems hold 255 bytes, and index.html may be added.
    if (Buffer.byteLength(s) > MAX_NAME_BYTES)
      return `expected each part of a path to be at most ${MAX_NAME_BYTES} bytes, got one of ${Buffer.byteLength(s)}`;
  }
  if (inner.includes("")) return `expected a path without "//" in it`;
  return decoded;
}

const isPageFolderFile = (name: string) =>
  PAGE_FOLDER_FILES.includes(name.toLowerCase()) || name.toLowerCase().startsWith(PAGE_FOLDER_PREFIX);

function isUnder(segments: string[], prefix: string[]): boolean {
  return prefix.length <= segments.length && prefix.every((s, i) => s.toLowerCase() === segments[i]!.toLowerCase());
}

/** What the site makes besides its fixed files: the meetups' pages, and the files of public/. */
type Taken = { meetups?: Iterable<string>; publicDir?: string };

/**
 * Why `oldAddress` can't be an old address of a meetup, or undefined when it can: the files a static host looks
 * for at it, up to the page written for it, must not be, contain or sit inside anything the site makes.
 */
export function reservedPath(oldAddress: string, site: Taken = {}): string | undefined {
  const segments = segmentsOf(oldAddress);
  if (typeof segments === "string") return segments;
  const files = hostFiles(segments.join("/"));
  const page = files.indexOf(pageFileOf(segments));
  for (const file of files.slice(0, page + 1)) {
    const problem = reservedFile(file.split("/"), site);
    if (problem) return problem;
  }
  return undefined;
}

/** Why the export file `target` (its path's parts) is the site's own, or undefined when it isn't. */
function reservedFile(target: string[], site: Taken): string | undefined {
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
  // The browser's modules (app/assets/[file]); the rest of /assets/ is free, as Jekyll sites kept images there.
  if (first === "assets" && target.length === 2 && /\.js$/i.test(target[1]!))
    return "the site makes the scripts in /assets/ itself";
  const prefix = SITE_PREFIXES.find((p) => first.startsWith(p.toLowerCase()));
  if (prefix) return `the site makes files named /${prefix}... itself`;
  // /meetups/<year>/ is the archive's page for that year (any year: one may gain meetups later).
  const year = target[0]!.toLowerCase() === "meetups" && /^\d{4}$/.test(target[1] ?? "") ? target[1] : undefined;
  if (year !== undefined) {
    const inFolder = target[2];
    if (inFolder === undefined) return `/meetups/${year}/ is the archive's page for ${year}, a folder`;
    if (target.length === 3 && isPageFolderFile(inFolder))
      return `the site makes /meetups/${year}/${inFolder}, for the archive's page for ${year}`;
  }
  if (target[0]!.toLowerCase() === "meetups" && target.length === 2 && isPageFolderFile(target[1]!)) {
    return `the site makes /meetups/${target[1]}, for the archive's page`;
  }
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

/** The site's files that public/ itself provides. */
const FROM_PUBLIC = ["icon.svg", "_headers"];

/**
 * Why public/`relPath` would be published where the site makes a file, or undefined when it wouldn't.
 * Speakers' photos live in public/speakers/, beside the speakers' pages.
 */
export function publicPathProblem(relPath: string, meetups: Iterable<string>): string | undefined {
  const target = relPath.split("/");
  if (FROM_PUBLIC.includes(relPath.toLowerCase())) return undefined;
  const reason =
    target[0]!.toLowerCase() === "speakers"
      ? isPageFolderFile(target.at(-1)!) && `the site makes /${relPath} for a speakers' page`
      : reservedFile(target, { meetups });
  return reason ? `expected a path the site doesn't make itself, but ${reason}; rename the file or move it` : undefined;
}

/** The file inside public/ that `sitePath` leads to, links followed, or why it can't be one. */
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
  if (!real.startsWith(root + path.sep))
    return { problem: `expected a file inside public/, but public${sitePath} leads out of it` };
  if (!fs.statSync(real).isFile()) return { problem: `expected a file public${sitePath}, but it is a folder` };
  return { file: real };
}

/** The pages and files the site makes from the content: where links of the organizers' Markdown may lead. */
export interface SitePages {
  meetups: ReadonlySet<string>;
  /** Years with meetups (their archive pages), and years with talks (the talk archive's pages). */
  years: ReadonlySet<string>;
  talkYears: ReadonlySet<string>;
  /** Topics' addresses (lib/site/text.ts topicSlug). */
  topics: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
  /** The content folder's own pages (code-of-conduct). */
  pages: ReadonlySet<string>;
  /** The export's files for old addresses of meetups (pageFile). */
  redirects: ReadonlySet<string>;
  publicDir?: string;
}

/**
 * The export's files that answer the address of `file` (decoded, without its first "/"), as GitHub Pages
 * does (lib/build/static-host.ts): "a/" is a/index.html; "a" is the file a, or else a/index.html after a redirect to "a/".
 */
export function hostFiles(file: string): string[] {
  return file === "" || file.endsWith("/") ? [`${file}index.html`] : [file, `${file}/index.html`];
}

/**
 * The first file answering `segments` that a static host serves as a page: it serves a file by its extension, so
 * "a" or "a.php" would be a download, and their page is the folder's index.html, reached by a redirect to "a/".
 */
const pageFileOf = (segments: string[]) => hostFiles(segments.join("/")).find((f) => /\.html?$/i.test(f))!;

function segmentsOrThrow(sitePath: string): string[] {
  const segments = segmentsOf(sitePath);
  if (typeof segments === "string") throw new Error(`not a path on this site: ${sitePath}: ${segments}`);
  return segments;
}

/** The export's file for a page at `sitePath` (an old address): "/a.html" is a.html; "/a/", "/a" and "/a.php" are a/index.html, a.php/index.html. */
export const pageFile = (sitePath: string) => pageFileOf(segmentsOrThrow(sitePath));

/** The export's file at `sitePath` (a link preview): "/a/b.png" is a/b.png. */
export const siteFile = (sitePath: string) => hostFiles(segmentsOrThrow(sitePath).join("/"))[0]!;

/** Files at the site's root and sections' pages, made whatever the content. */
const ROOT_FILES = new Set(SITE_FILES.filter((file) => !file.includes("/") && !file.startsWith(".")));
const SECTIONS = new Set(["meetups", "speakers", "talks", "search", "propose", "embed"]);

/** Whether the site makes the export file `file` (its path's parts, as a static host reads them). */
function siteMakes(file: string[], site: SitePages): boolean {
  const [section, name, inside] = file;
  if (file.length === 1) return ROOT_FILES.has(section!);
  if (file.length === 2) return name === "index.html" && (SECTIONS.has(section!) || site.pages.has(section!));
  if (file.length !== 3) return false;
  const page = inside === "index.html";
  if (section === "meetups") {
    if (site.meetups.has(name!)) return page || inside === "calendar.ics" || inside === "preview.png";
    return page && site.years.has(name!);
  }
  if (section === "speakers") return site.speakers.has(name!) && (page || inside === "preview.png");
  if (section === "talks") return page && site.talkYears.has(name!);
  if (section === "topics") return page && site.topics.has(name!);
  // The card other sites frame (lib/site/urls.ts, EMBED_NEXT_PATH).
  return section === "embed" && name === "next" && page;
}

/**
 * Why a link from the page at `fromPage` to `url` leads nowhere on the site, as a static host answers it, or
 * undefined. The export's own check asks the same of every built page; this asks it of the organizer's file.
 */
export function siteLinkProblem(url: string, fromPage: string, site: SitePages): string | undefined {
  const origin = "http://site.invalid";
  let resolved: URL;
  try {
    resolved = new URL(url, origin + fromPage);
  } catch {
    return "can't be on the site: expected a path on this site";
  }
  if (resolved.origin !== origin) return undefined;
  const segments = segmentsOf(resolved.pathname);
  if (typeof segments === "string") return `can't be on the site: ${segments}`;
  const file = segments.join("/");
  const candidates = hostFiles(file);
  for (const candidate of candidates) {
    const parts = candidate.split("/");
    if (siteMakes(parts, site)) return undefined;
    if (site.publicDir && "file" in publicFile(`/${candidate}`, site.publicDir)) return undefined;
  }
  if (candidates.some((candidate) => site.redirects.has(candidate))) return undefined;
  const shown = `/${file}`;
  return `leads nowhere: expected a file public${shown.endsWith("/") ? `${shown}index.html` : shown} or a page the site makes (a meetup, a speaker, a topic, a year), but there is neither`;
}
