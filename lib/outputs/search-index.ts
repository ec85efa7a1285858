// The search index, by Pagefind over the finished export. Its binary comes with its npm package and runs as a
// service of this process, so nothing is fetched.
import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

/** Where the bundle goes, under the export: the search page imports /pagefind/pagefind.js from it. */
export const SEARCH_BUNDLE_DIR = "pagefind";

// Pagefind also writes its ready-made interfaces; the site has its own search page.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface SearchIndexReport {
  /** Pages in the index: those marked data-pagefind-body (meetups and speakers). */
  pages: number;
  /** What went wrong, as Pagefind says it; the build fails on any. */
  errors: string[];
}

/**
 * How many pages the written index holds, by Pagefind's own manifest
 * (addDirectory counts every page it read, indexed or not).
 */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(bundle, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes every page of `outDir` that has data-pagefind-body and writes the bundle to outDir/pagefind/. */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexReport> {
  const bundle = path.join(outDir, SEARCH_BUNDLE_DIR);
  fs.rmSync(bundle, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) return { pages: 0, errors: created.errors };
    const added = await created.index.addDirectory({ path: outDir });
    const written = await created.index.writeFiles({ outputPath: bundle });
    const errors = [...created.errors, ...added.errors, ...written.errors];
    if (errors.length > 0) return { pages: 0, errors };
    for (const file of fs.readdirSync(bundle)) if (UNUSED.test(file)) fs.rmSync(path.join(bundle, file));
    return { pages: indexedPages(bundle), errors };
  } finally {
    // Pagefind's service is a child process: the build would not end while it runs.
    await pagefind.close();
  }
}
