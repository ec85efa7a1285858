import fs from "node:fs";
import path from "node:path";
import type { Catalog } from "../catalog";
import type { Worker } from "node:worker_threads";
import { contentDir, MARKDOWN_FILE, publicDir } from "../content/paths";
import { verifyExport } from "../export/verify";
import { basePath, siteUrl } from "../urls";
import { renderPreviewImages, startPreviewThreads, type PreviewResult } from "../og";
import type { RenderReport } from "../render/site";
import { allPreviews, previewPath } from "../previews";
import { fileForPath, writeCalendarFiles, writeOldAddresses } from "./export-files";
import { PHOTO_CACHE, photoJobs, writePhotos, type PhotoResult } from "./photos";
import { writeSearchIndex, type SearchIndexReport } from "./search-index";

/** Link-preview images already drawn, by what they show: kept between builds (and CI runs). */
export const PREVIEW_CACHE = ".cache/og";

/**
 * The link-preview render threads, started while the content step runs when
 * the cache lacks many of the site's cards (see startPreviewThreads): there is
 * a card for each meetup and speaker, about one for each content file.
 */
export function startExportThreads(): Worker[] {
  const files = fs.readdirSync(contentDir(), { recursive: true }).filter((name) => MARKDOWN_FILE.test(String(name)));
  return startPreviewThreads(PREVIEW_CACHE, files.length + 1);
}

export interface ExportReport {
  calendars: number;
  oldAddresses: number;
  previews: PreviewResult;
  photos: PhotoResult;
  search: SearchIndexReport;
  /** How long each part took. */
  seconds: Record<string, number>;
  /** What is wrong with the finished export; the build fails on any. */
  problems: string[];
}

/**
 * What the build adds to the pages in out/: the files made per meetup (its
 * calendar, its link-preview image, drawn only when its card changed since the
 * last build, its photos resized, only those not resized before), written while
 * the pages render (`pagesRendered`); then, once they have, the old addresses'
 * pages and the search index (lib/build/search-index.ts); and, once the
 * previews are drawn too, the check that no page refers to a file that isn't
 * there and that every meetup and speaker can be found.
 */
export async function exportStep(
  outDir: string,
  catalog: Catalog,
  pagesRendered: Promise<Pick<RenderReport, "references">>,
  { previewThreads }: { previewThreads?: Worker[] } = {},
): Promise<ExportReport> {
  const seconds: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const value = await work();
    seconds[name] = (performance.now() - started) / 1000;
    return value;
  };
  // An example site keeps its own files (photos, logos, slides) outside public/, which the pages step copied.
  if (path.resolve(publicDir()) !== path.resolve("public")) fs.cpSync(publicDir(), outDir, { recursive: true });
  // The previews first: their threads draw while this thread writes the calendars.
  const previewsDrawn = timed("previews", () =>
    renderPreviewImages(
      allPreviews(catalog).map(({ page, card, source }) => ({
        file: fileForPath(outDir, previewPath(page)),
        card,
        source,
      })),
      { cacheDir: PREVIEW_CACHE, prune: true, threads: previewThreads },
    ),
  );
  // Awaited below; a failure meanwhile must not count as unhandled.
  previewsDrawn.catch(() => undefined);
  const calendars = await timed("calendars", () =>
    writeCalendarFiles(outDir, catalog.allMeetups(), catalog.meetupSpeakers),
  );
  const photos = await timed("photos", () =>
    writePhotos(photoJobs(outDir, catalog.allMeetups(), publicDir()), { cacheDir: PHOTO_CACHE }),
  );
  const { references } = await pagesRendered;
  // After the pages: an old address must never take a page's place (writeOldAddresses refuses to).
  const oldAddresses = await timed("old addresses", () => writeOldAddresses(outDir, catalog.allMeetups()));
  // The search index reads the pages alone: made while the previews may still be drawn.
  const search = await timed("search index", () => writeSearchIndex(outDir));
  // The check last: every page refers to its preview.
  const previews = await previewsDrawn;
  const searchable = catalog.allMeetups().length + catalog.allSpeakers().length;
  const broken = await timed("check", () => verifyExport(outDir, { basePath, siteUrl }, references));
  return {
    calendars,
    oldAddresses,
    previews,
    photos,
    search,
    seconds,
    problems: [
      ...search.errors.map((error) => `the search index: ${error}`),
      // A page layout that lost data-pagefind-body would drop out of search without a word.
      ...(search.pages === searchable
        ? []
        : [`the search index holds ${search.pages} pages, expected ${searchable} (every meetup and speaker)`]),
      ...broken,
    ],
  };
}
