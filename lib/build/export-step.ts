import fs from "node:fs";
import path from "node:path";
import type { Meetup, Page, Speaker } from "contentlayer/generated";
import { createCatalog } from "../catalog";
import { PAGE_FILES, publicDir, slugFromPath } from "../content/paths";
import { pruneExportCss, type CssReport } from "../export/css";
import { stripExport } from "../export/strip";
import { PLACEHOLDER } from "../static-params";
import { verifyExport } from "../export/verify";
import { basePath, siteUrl } from "../urls";
import { renderPreviewImages, type PreviewResult } from "../og";
import { allPreviews, previewPath } from "../previews";
import { fileForPath, writeCalendarFiles, writeOldAddresses } from "./export-files";
import { PHOTO_CACHE, photoJobs, writePhotos, type PhotoResult } from "./photos";
import { writeSearchIndex, type SearchIndexReport } from "./search-index";

/** Link-preview images already drawn, by what they show: kept between builds (and CI runs). */
export const PREVIEW_CACHE = ".cache/og";

/** The documents Contentlayer generated, as the pages read them (outside Next, which bundles its import). */
export function generatedDocuments(dir = ".contentlayer/generated"): {
  meetups: Meetup[];
  speakers: Speaker[];
  pages: Page[];
} {
  const read = <T>(type: string) => JSON.parse(fs.readFileSync(path.join(dir, type, "_index.json"), "utf8")) as T[];
  return { meetups: read<Meetup>("Meetup"), speakers: read<Speaker>("Speaker"), pages: read<Page>("Page") };
}

/**
 * A page of the content folder (the code of conduct) has a route of its own,
 * which Next renders as an error document when the group has no such file:
 * that folder is taken out, so the site has no such page (and no link leads to it).
 */
export function removeAbsentPages(outDir: string, pages: { slug: string }[]): void {
  for (const file of PAGE_FILES) {
    const slug = slugFromPath(file);
    if (!pages.some((p) => p.slug === slug)) fs.rmSync(path.join(outDir, slug), { recursive: true, force: true });
  }
}

/**
 * A dynamic route with nothing to show (a group with no topic long enough for
 * a second page) exports one placeholder page (lib/static-params.ts), which
 * answers with the not-found document: taken out, so the site has no such page.
 * Only a placeholder that rendered as not found goes; a page of that name stays.
 */
export function removePlaceholderPages(outDir: string): void {
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name !== PLACEHOLDER) continue;
    const folder = path.join(entry.parentPath, entry.name);
    const page = path.join(folder, "index.html");
    if (fs.existsSync(page) && /<html[^>]*\sid="__next_error__"/.test(fs.readFileSync(page, "utf8"))) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}

export interface ExportReport {
  calendars: number;
  oldAddresses: number;
  previews: PreviewResult;
  photos: PhotoResult;
  stripped: number;
  removed: number;
  css: CssReport;
  search: SearchIndexReport;
  /** What is wrong with the finished export; the build fails on any. */
  problems: string[];
}

/**
 * What the build does to Next's export in out/: adds the files made per meetup,
 * draws the link-preview images (only those whose card changed since the last
 * build), resizes the meetups' photos (only those not resized before), takes
 * out the framework's client runtime (the pages are complete HTML and CSS; see
 * lib/export/strip.ts), cuts each page's inline stylesheet to the rules that
 * can match it (lib/export/css.ts), indexes the pages for search (lib/build/search-index.ts),
 * then checks that no page refers to a framework chunk or to a file that isn't
 * there, and that every meetup and speaker can be found.
 */
export async function exportStep(outDir: string): Promise<ExportReport> {
  // An example site keeps its own files (photos, logos, slides) outside public/, which next build copied.
  if (path.resolve(publicDir()) !== path.resolve("public")) fs.cpSync(publicDir(), outDir, { recursive: true });
  const { meetups, speakers, pages } = generatedDocuments();
  removeAbsentPages(outDir, pages);
  removePlaceholderPages(outDir);
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
  const { stripped, removed } = stripExport(outDir, options);
  const css = await pruneExportCss(outDir);
  const search = await writeSearchIndex(outDir);
  const searchable = catalog.allMeetups().length + catalog.allSpeakers().length;
  return {
    calendars,
    oldAddresses,
    previews,
    photos,
    stripped,
    removed: removed.length,
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
