import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Catalog } from "../catalog";
import { moduleWords, pruneCssCache } from "../export/css";
import { bundleSite } from "../render/bundle";
import type { RenderOptions, RenderReport, SiteModules } from "../render/site";
import { compileStylesheet } from "../render/stylesheet";
import { basePath } from "../urls";

/** Each page's cut of the stylesheet, by what the page offers its selectors: kept between builds. */
export const CSS_CACHE = ".cache/css";

type SiteBundle = {
  site: SiteModules;
  catalog: Catalog;
  renderSite: (site: SiteModules, options: RenderOptions) => Promise<RenderReport>;
  countPages: (site: SiteModules) => Promise<number>;
};

/**
 * Below this many pages, starting a thread (which loads the site's code and
 * documents again) costs more than it saves: this thread renders them.
 */
const PAGES_PER_THREAD = 200;

/** What else decides a cut besides the stylesheet and the page: the cutting code and the packages it runs. */
function cutSalt(): string {
  const hash = createHash("sha256").update(fs.readFileSync("lib/export/css.ts"));
  for (const pkg of ["purgecss", "postcss-selector-parser", "postcss"]) {
    hash.update(fs.readFileSync(`node_modules/${pkg}/package.json`));
  }
  return hash.digest("hex");
}

function inWorker(bundle: string, options: RenderOptions): { worker: Worker; report: Promise<RenderReport> } {
  const worker = new Worker(new URL(pathToFileURL(bundle)), { workerData: { renderSite: options } });
  const report = new Promise<RenderReport>((resolve, reject) => {
    worker.once("message", (message: { report?: RenderReport; error?: string }) => {
      void worker.terminate();
      if (message.report) resolve(message.report);
      else reject(new Error(message.error));
    });
    worker.once("error", reject);
    // Ended without a word (out of memory, say): the build fails rather than waits for it.
    worker.once("exit", (code) => reject(new Error(`a page-rendering thread stopped (exit code ${code})`)));
  });
  return { worker, report };
}

function sum(reports: RenderReport[]): RenderReport {
  return reports.reduce((total, r) => ({
    pages: total.pages + r.pages,
    files: total.files + r.files,
    notFound: [...total.notFound, ...r.notFound],
    css: {
      before: total.css.before + r.css.before,
      after: total.css.after + r.css.after,
      cacheFiles: [...total.css.cacheFiles, ...r.css.cacheFiles],
    },
    references: Object.assign(total.references, r.references),
  }));
}

/** What the pages step needs besides the documents: made while the content step runs (lib/build/build-command.ts). */
export interface PreparedPages {
  /** app/ bundled (lib/render/bundle.ts). */
  bundle: string;
  /** The site's whole stylesheet. */
  stylesheet: string;
}

/** Bundles app/ and compiles the stylesheet: neither reads the documents, so this may run before they exist. */
export async function preparePages(): Promise<PreparedPages> {
  // As next build did: /repo, not repo or /repo/, which would make every address on the site wrong.
  if (basePath && !/^(\/[^/\s]+)+$/.test(basePath)) {
    throw new Error(`BASE_PATH is "${basePath}": it must start with a / and not end with one, like /kerneltlv`);
  }
  const [bundle, stylesheet] = await Promise.all([bundleSite(), compileStylesheet()]);
  return { bundle, stylesheet };
}

/**
 * The pages step: every page of app/ rendered to `outDir` as complete HTML,
 * each with the rules of the stylesheet it can use inline, and public/ beside
 * them. React renders the App Router's server components here, rather than
 * `next build` (see README, "How it is built"). The route handlers come first
 * (the browser modules among them, whose words the stylesheet cut counts);
 * then the pages, in this thread and, for a site big enough to gain from it,
 * a worker thread for each further core. This thread also makes the export's
 * own files meanwhile (taking fewer pages): `rendered` says when the pages are done.
 */
export async function startPages(
  outDir: string,
  prepared?: Promise<PreparedPages>,
  /** Threads to render with at most (this one included): fewer when the cores have other work. */
  maxThreads = os.availableParallelism(),
): Promise<{ catalog: Catalog; routes: RenderReport; rendered: Promise<RenderReport> }> {
  const ready = prepared ?? preparePages();
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync("public", outDir, { recursive: true });
  const { bundle, stylesheet } = await ready;
  const { site, catalog, renderSite, countPages } = (await import(pathToFileURL(bundle).href)) as SiteBundle;
  const routes = await renderSite(site, { outDir, stylesheet, part: "routes" });

  const claims = new Int32Array(new SharedArrayBuffer(4));
  const options: RenderOptions = {
    outDir,
    stylesheet,
    part: { claims },
    cut: { runtimeWords: moduleWords(outDir), cacheDir: CSS_CACHE, salt: cutSalt() },
  };
  // This thread renders too, taking fewer pages while it also makes the export's files.
  const helpers = Math.min(maxThreads, Math.floor((await countPages(site)) / PAGES_PER_THREAD)) - 1;
  const workers = Array.from({ length: helpers }, () => inWorker(bundle, options));
  const rendered = Promise.all([renderSite(site, options), ...workers.map((w) => w.report)]).then(
    (reports) => {
      const total = sum(reports);
      // The cuts of stylesheets and pages no longer built go, or the cache (kept by CI) would only grow.
      pruneCssCache(CSS_CACHE, total.css.cacheFiles);
      return total;
    },
    (error) => {
      // One thread failed: no thread takes another page, and the others stop, so nothing more is written.
      Atomics.store(claims, 0, 2 ** 30);
      for (const { worker } of workers) void worker.terminate();
      throw error;
    },
  );
  return { catalog, routes, rendered };
}
