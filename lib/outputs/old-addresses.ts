import fs from "node:fs";
import path from "node:path";
import type { Meetup } from "../content/schema";
import { redirectPage } from "./redirect-page";
import { meetupPath } from "../site/urls";

// The pages at old addresses: anywhere on the site (Jekyll's permalinks,
// redirect_from), so not a route of Next's, and never in a page's place.

/** The file a static host serves for a path: /a/b.html is a/b.html, /a/b/ and /a/b are a/b/index.html. */
export function fileForPath(outDir: string, urlPath: string): string {
  const segments = urlPath
    .split("/")
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  if (segments.some((s) => s === "." || s === ".." || s.includes("/") || s.includes("\\"))) {
    throw new Error(`not a path on this site: ${urlPath}`);
  }
  const last = segments.at(-1) ?? "";
  const isFile = !urlPath.endsWith("/") && /\.[a-z0-9]+$/i.test(last);
  const file = path.join(outDir, ...segments, ...(isFile ? [] : ["index.html"]));
  if (!path.resolve(file).startsWith(path.resolve(outDir) + path.sep)) throw new Error(`outside the site: ${urlPath}`);
  return file;
}

function writeNew(file: string, text: string, what: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST")
      throw new Error(`${what} would replace ${file}, which the site already makes`);
    throw error;
  }
}

/** A page at each old address (Jekyll permalinks, redirect_from) that leads to the meetup's page. */
export function writeOldAddresses(outDir: string, meetups: Meetup[]): number {
  let written = 0;
  for (const m of meetups) {
    for (const from of m.redirects) {
      writeNew(
        fileForPath(outDir, from),
        redirectPage(meetupPath(m.slug), m.title),
        `the old address ${from} of ${m.sourcePath}`,
      );
      written++;
    }
  }
  return written;
}
