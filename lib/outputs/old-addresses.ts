import fs from "node:fs";
import path from "node:path";
import type { Meetup } from "../content/schema";
import { pageFile } from "../content/site-paths";
import { redirectPage } from "./redirect-page";
import { meetupPath } from "../site/urls";

// The pages at old addresses: anywhere on the site (Jekyll's permalinks,
// redirect_from), so not a route of Next's, and never in a page's place.

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
        path.join(outDir, pageFile(from)),
        redirectPage(meetupPath(m.slug), m.title),
        `the old address ${from} of ${m.sourcePath}`,
      );
      written++;
    }
  }
  return written;
}
