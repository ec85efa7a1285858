// The export folder as a static host sees it: which file answers which address.
import fs from "node:fs";
import path from "node:path";
import { hostFiles } from "../content/site-paths";

export interface ExportOptions {
  /** "" or the sub-path the site is served under, e.g. "/kerneltlv" (lib/site/urls.ts basePath). */
  basePath: string;
  /**
   * The deployment's own URL (lib/site/urls.ts siteUrl): absolute addresses on it
   * (canonical links, link previews, feeds) are checked like the others.
   */
  siteUrl: string;
}

/** Every file under `dir`, as a path relative to it with "/" separators, sorted. */
export function walkFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const base = (options: ExportOptions) => options.basePath.replace(/\/+$/, "");

/** The address a page of the export is served at: a/index.html -> /a/, 404.html -> /404.html (base path in front). */
export function pageUrl(file: string, options: ExportOptions): string {
  const dir = file === "index.html" ? "" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : null;
  const pathname = dir === null ? `/${file}` : `/${dir}`;
  return base(options) + pathname.split("/").map(encodeURIComponent).join("/");
}

export type Target =
  /** Another site, or not a file at all (mailto:, webcal:, tel:, a #fragment of the same page). */
  | { kind: "external" }
  /** On this site: the files, relative to out/, that a static host would answer with (any one will do). */
  | { kind: "local"; candidates: string[] }
  /** On this site's origin but not servable from the export. */
  | { kind: "invalid"; reason: string };

/** What a static host serves for `url`, as written in the page at `fromPage` (an address from pageUrl). */
export function localTarget(url: string, fromPage: string, options: ExportOptions): Target {
  const written = url.trim();
  if (written === "" || written.startsWith("#")) return { kind: "external" };
  const origin = new URL(options.siteUrl).origin;
  let resolved: URL;
  try {
    resolved = new URL(written, origin + fromPage);
  } catch {
    return { kind: "invalid", reason: "is not a valid address" };
  }
  if (resolved.protocol !== "http:" && resolved.protocol !== "https:") return { kind: "external" };
  if (resolved.origin !== origin) return { kind: "external" };
  const prefix = base(options);
  const { pathname } = resolved;
  if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
    return { kind: "invalid", reason: `is outside the base path ${prefix}/` };
  }
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(prefix.length) || "/");
  } catch {
    return { kind: "invalid", reason: "has a broken percent-escape" };
  }
  return { kind: "local", candidates: hostFiles(rest.slice(1)) };
}
