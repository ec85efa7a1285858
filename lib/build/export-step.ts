import fs from "node:fs";
import path from "node:path";
import type { Meetup, Page, Speaker } from "contentlayer/generated";
import { createCatalog } from "../catalog";
import { publicDir } from "../content/paths";
import { pruneExportCss, type CssReport } from "../export/css";
import { verifyExport } from "../export/verify";
import { basePath, siteUrl } from "../urls";
import { renderPreviewImages, type PreviewResult } from "../og";
import { allPreviews, previewPath } from "../previews";
import { fileForPath, writeCalendarFiles, writeOldAddresses } from "./export-files";
import { PHOTO_CACHE, photoJobs, writePhotos, type PhotoResult } from "./photos";
import { writeSearchIndex, type SearchIndexReport } from "./search-index";

/** Link-preview images already drawn, by what they show: kept between builds (and CI runs). */
export const PREVIEW_CACHE = ".cache/og";

/** The documents Contentlayer generated, read from its JSON. */
export function generatedDocuments(dir = ".contentlayer/generated"): {
  meetups: Meetup[];
  speakers: Speaker[];
  pages: Page[];
} {
  const read = <T>(type: string) => JSON.parse(fs.readFileSync(path.join(dir, type, "_index.json"), "utf8")) as T[];
  return { meetups: read<Meetup>("Meetup"), speakers: read<Speaker>("Speaker"), pages: read<Page>("Page") };
}

export interface ExportReport {
  calendars: number;
  oldAddresses: number;
  previews: PreviewResult;
  photos: PhotoResult;
  css: CssReport;
  search: SearchIndexReport;
  /** What is wrong with the finished export; the build fails on any. */
  problems: string[];
}

/**
 * What the build adds to the rendered pages in out/: the files made per meetup,
 * the link-preview images (drawn only when their card changed since the last
 * build), the meetups' photos resized (only those not resized before); then it
 * cuts each page's inline stylesheet to the rules that can match it
 * (lib/export/css.ts), indexes the pages for search (lib/build/search-index.ts),
 * and checks that no page refers to a file that isn't there and that every
 * meetup and speaker can be found.
 */
export async function exportStep(outDir: string): Promise<ExportReport> {
  // An example site keeps its own files (photos, logos, slides) outside public/, which the pages step copied.
  if (path.resolve(publicDir()) !== path.resolve("public")) fs.cpSync(publicDir(), outDir, { recursive: true });
  const { meetups, speakers } = generatedDocuments();
  const catalog = createCatalog(meetups, speakers, { publish: true });
  const calendars = writeCalendarFiles(outDir, catalog.allMeetups(), catalog.meetupSpeakers);
  const oldAddresses = writeOldAddresses(outDir, catalog.allMeetups());
  const previews = await renderPreviewImages(
    allPreviews(catalog).map(({ page, card, source }) => ({
      file: fileForPath(outDir, previewPath(page)),
      card,
      source,
    })),
    { cacheDir: PREVIEW_CACHE, prune: true },
  );
  const photos = await writePhotos(photoJobs(outDir, catalog.allMeetups(), publicDir()), { cacheDir: PHOTO_CACHE });
  const options = { basePath, siteUrl };
  const css = await pruneExportCss(outDir);
  const search = await writeSearchIndex(outDir);
  const searchable = catalog.allMeetups().length + catalog.allSpeakers().length;
  return {
    calendars,
    oldAddresses,
    previews,
    photos,
    css,
    search,
    problems: [
      ...search.errors.map((error) => `the search index: ${error}`),
      // A page layout that lost data-pagefind-body would drop out of search without a word.
      ...(search.pages === searchable
        ? []
        : [`the search index holds ${search.pages} pages, expected ${searchable} (every meetup and speaker)`]),
      ...verifyExport(outDir, options),
    ],
  };
}
