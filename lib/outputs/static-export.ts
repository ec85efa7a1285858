// What a static host needs beyond Next's export (run from next-adapter.mjs's onBuildComplete). Pages are
// server components only, and Next has no switch to leave its client runtime out, so it is cut out here.
import fs from "node:fs";
import path from "node:path";
import { publicDir } from "../content/paths";
import { siteFile } from "../content/site-paths";
import { createCatalog } from "../site/catalog";
import type { Meetup, Speaker } from "../content/schema";
import { renderPreviewImages } from "./og";
import { allPreviews, previewPath } from "./previews";
import { count } from "../site/text";
import { basePath, siteUrl } from "../site/urls";
import { walkFiles } from "./export-files";
import { scanPage, tokens, type Script } from "./scan";
import { verifyExport } from "./verify";
import { reportFailure } from "../build/entry";
import { writeOldAddresses } from "./old-addresses";
import { PHOTO_CACHE, photoJobs, writePhotos } from "./photos";
import { writeSearchIndex } from "./search-index";
import { PLACEHOLDER } from "../site/static-params";

/** Link-preview images already drawn, by what they show: kept between builds (and CI runs). */
export const PREVIEW_CACHE = ".cache/og";

/**
 * Client components the pages use, which would ship dead without the runtime. Next's own are fine
 * (next/link renders a plain <a>), all but next/script.
 */
export function clientCode(distDir: string): string[] {
  const found = new Set<string>();
  const app = path.join(distDir, "server", "app");
  for (const file of fs.existsSync(app) ? walkFiles(app) : []) {
    if (!file.endsWith("_client-reference-manifest.js")) continue;
    const text = fs.readFileSync(path.join(app, file), "utf8");
    for (const [, module] of text.matchAll(/"\[project\]\/([^"]+?)(?: <[^>]*>)?":\{"id"/g)) {
      if (!module!.startsWith("node_modules/next/") || /\/client\/script\.js$/.test(module!)) found.add(module!);
    }
  }
  return [...found].sort();
}

// Inline code that feeds Next's runtime: the RSC payload, Turbopack's chunk bootstrap.
const RUNTIME_MARKERS = ["__next_f", "TURBOPACK", "__NEXT_DATA__"];

const isNextAsset = (url: string | undefined) => url !== undefined && /(^|\/)_next\//.test(url);

const isNextScript = ({ attribs, text }: Script) =>
  isNextAsset(attribs.src) || RUNTIME_MARKERS.some((m) => text.includes(m));

/** The scripts a page keeps: data (JSON-LD, speculation rules) and the site's own modules. */
function keptScript(script: Script): boolean {
  const type = (script.attribs.type ?? "").trim().toLowerCase();
  if (type === "application/ld+json" || type === "speculationrules") return true;
  return type === "module" && !isNextScript(script);
}

/** The page without Next's scripts and their preloads; every other byte stays. A page not Next's stays whole. */
export function withoutRuntime(html: string): string {
  const { scripts, links } = scanPage(html);
  if (!scripts.some(isNextScript)) return html;
  const preloads = links.filter(
    ({ attribs }) => isNextAsset(attribs.href) && tokens(attribs.rel).some((r) => /preload|prefetch/.test(r)),
  );
  const cuts = [...scripts.filter((s) => !keptScript(s)), ...preloads].sort((a, b) => a.start - b.start);
  let kept = "";
  let from = 0;
  for (const cut of cuts) {
    kept += html.slice(from, cut.start);
    from = cut.end;
  }
  return kept + html.slice(from);
}

/** Takes Next's runtime and its files out of the export; a file `publicDir` provides is the organizers', and stays. */
export function stripRuntime(outDir: string, publicDir: string): { pages: number; removed: number } {
  const isPublic = (file: string) => fs.existsSync(path.join(publicDir, file));
  const files = new Set(walkFiles(outDir).filter((file) => !isPublic(file)));
  let pages = 0;
  let removed = 0;
  for (const file of files) {
    const at = path.join(outDir, file);
    const name = path.posix.basename(file);
    if (file.endsWith(".html")) {
      const html = fs.readFileSync(at, "utf8");
      // A page that called notFound() (the code of conduct of a group without one) is Next's empty error shell,
      // which the client runtime would fill: left out, the host answers 404.
      if (/^<!DOCTYPE html><html id="__next_error__"/i.test(html)) {
        fs.rmSync(at);
        removed++;
        continue;
      }
      fs.writeFileSync(at, withoutRuntime(html));
      pages++;
    } else if (/^__next\..*\.txt$/.test(name) || (name === "index.txt" && files.has(file.replace(/txt$/, "html")))) {
      fs.rmSync(at);
      removed++;
    }
  }
  // Next's copies of the not-found page (404.html is the one a host serves), the not-found pages of
  // empty routes' placeholders (lib/site/static-params.ts), and the folders left empty.
  for (const dir of ["404", "_not-found", "_next"]) fs.rmSync(path.join(outDir, dir), { recursive: true, force: true });
  for (const file of files) {
    if (file.split("/").includes(PLACEHOLDER)) fs.rmSync(path.join(outDir, file), { force: true });
  }
  removeEmptyFolders(outDir);
  return { pages, removed };
}

/**
 * A site with a public folder of its own (PUBLIC_DIR) gets its files, not those of the project's `projectDir`,
 * which Next copied into the export: of those, only the host's _headers, which every site has.
 */
export function publishOwnPublicFolder(outDir: string, projectDir: string, ownDir: string): void {
  for (const file of fs.existsSync(projectDir) ? walkFiles(projectDir) : []) {
    if (file !== "_headers" && !fs.existsSync(path.join(ownDir, file))) {
      fs.rmSync(path.join(outDir, file), { force: true });
    }
  }
  removeEmptyFolders(outDir);
  fs.cpSync(ownDir, outDir, { recursive: true });
}

/** A host that reads `_headers` matches its paths from the host's root: under a base path, each starts with it. */
export function headersUnder(outDir: string, base: string): void {
  const file = path.join(outDir, "_headers");
  if (!base || !fs.existsSync(file)) return;
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^\//gm, `${base}/`));
}

function removeEmptyFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

/** The documents the pages were rendered from (read as files: this runs outside Next's bundler). */
function publishedCatalog() {
  const read = <T>(type: string): T[] =>
    JSON.parse(fs.readFileSync(path.join(".contentlayer/generated", type, "_index.json"), "utf8")) as T[];
  return createCatalog(read<Meetup>("Meetup"), read<Speaker>("Speaker"), { publish: true });
}

/** Everything after `next build`; false when it failed, which it has reported. */
export async function finishExport(outDir: string, distDir: string): Promise<boolean> {
  try {
    await finish(outDir, distDir);
    return true;
  } catch (error) {
    reportFailure(error);
    return false;
  }
}

async function finish(outDir: string, distDir: string): Promise<void> {
  const client = clientCode(distDir);
  if (client.length > 0) {
    throw new Error(
      `These would need Next's client runtime, which the export leaves out (pages are server components only): ${client.join(", ")}. ` +
        `Render them on the server, or make their behaviour a module in lib/browser/.`,
    );
  }
  const started = performance.now();
  const stripped = stripRuntime(outDir, publicDir());
  if (path.resolve(publicDir()) !== path.resolve("public")) publishOwnPublicFolder(outDir, "public", publicDir());
  headersUnder(outDir, basePath);

  const catalog = publishedCatalog();
  const meetups = catalog.allMeetups();
  const oldAddresses = writeOldAddresses(outDir, meetups);
  const previews = await renderPreviewImages(
    allPreviews(catalog).map(({ page, card, source }) => ({
      file: path.join(outDir, siteFile(previewPath(page))),
      card,
      source,
    })),
    { cacheDir: PREVIEW_CACHE, prune: true },
  );
  const photos = await writePhotos(photoJobs(outDir, meetups, publicDir()), { cacheDir: PHOTO_CACHE });
  const search = await writeSearchIndex(outDir);

  const searchable = meetups.length + catalog.allSpeakers().length;
  const problems = [
    ...search.errors.map((error) => `the search index: ${error}`),
    // A layout that lost data-pagefind-body would drop pages out of search without a word.
    ...(search.pages === searchable ? [] : [`the search index holds ${search.pages} pages, expected ${searchable}`]),
    ...verifyExport(outDir, { basePath, siteUrl }),
  ];
  if (problems.length > 0) throw new Error(`The export is broken:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  console.log(
    `Export: ${count(stripped.pages, "page")} without Next's runtime (${count(stripped.removed, "file")} removed), ` +
      `${count(oldAddresses, "old-address page")}, ${previews.rendered} link previews drawn and ${previews.reused} reused, ` +
      `${count(photos.encoded, "photo file")} resized and ${photos.reused} reused, ${count(search.pages, "page")} searchable ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
