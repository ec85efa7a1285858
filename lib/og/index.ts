// Link-preview (Open Graph) images, drawn by the export step while the pages render:
// - the card (card.ts) is laid out by Satori and rasterised by resvg (render.ts);
// - fonts are the project's own fontsource packages, only the unicode-range
//   subsets a card's letters need, and emoji are Twemoji SVGs (fonts.ts); a
//   letter none of them has is refused, never drawn as an empty box;
// - an image is cached under a hash of everything that decides its pixels and
//   drawn again only when that changes; big batches are drawn in worker
//   threads (pool.ts, worker.ts). Nothing reaches the network.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { placeCached } from "../cached-file";
import { ContentError, type Problem } from "../content/problems";
import { cardTexts, MAX_LINES, normalizeCard, TEMPLATE_VERSION, type PreviewCard } from "./card";
import { DRAWING_PACKAGES, missingGlyphProblem, packageDir, planFonts } from "./fonts";
import type { Worker } from "node:worker_threads";
import { renderHere, renderInWorkers, startRenderThreads, type WorkerRequest } from "./pool";

export { previewSize, TEMPLATE_VERSION, type PreviewCard } from "./card";

export interface PreviewJob {
  /** Where to write the PNG, e.g. out/meetups/<slug>/opengraph-image.png; folders are made. */
  file: string;
  card: PreviewCard;
  /** The organizer's file the card is made from, named in errors (default: `file`). */
  source?: string;
}

export interface PreviewOptions {
  /** Where rendered images are kept between runs, by what they show. */
  cacheDir: string;
  /**
   * Render threads. Default: one per core, when there are enough images to
   * draw to make up for starting them. 1 renders on this thread.
   */
  concurrency?: number;
  /** Delete cached images this run didn't use (only when the run covers every image the site has). */
  prune?: boolean;
  /** Render threads started ahead (startPreviewThreads): drawn with first, and ended in any case. */
  threads?: Worker[];
}

export interface PreviewResult {
  /** Images drawn in this run. */
  rendered: number;
  /** Images taken from the cache. Two jobs with the same card share one image. */
  reused: number;
  /** Cached images deleted by `prune`. */
  pruned: number;
}

/**
 * Threads pay off only for a batch: each one loads Satori, its WebAssembly and
 * the fonts again, 0.65 s before its first image, and V8 compiles Satori's code
 * again for each, another second of CPU over its first cards. Measured on this
 * 2-core machine, shared with other work (see lib/og/bench.ts): 1,070 cards
 * took 13.4 s on one thread and 9.0 s on two; 240 cards 3.7 and 3.4 s; 120
 * cards 2.1 and 2.4 s.
 */
const MIN_IMAGES_PER_THREAD = 25;

let drawing: string | undefined;
/**
 * What decides every card's pixels besides the card: the template, the code
 * that lays out, chooses the fonts and draws (this folder's), and the versions
 * of the renderers and of the packages the fonts and emoji come from.
 */
function drawingFingerprint(): string {
  if (drawing === undefined) {
    const hash = createHash("sha256").update(`template ${TEMPLATE_VERSION}\n`);
    for (const name of ["satori", "@resvg/resvg-js", ...DRAWING_PACKAGES]) {
      hash.update(fs.readFileSync(path.join(packageDir(name), "package.json")));
    }
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const name of fs.readdirSync(here).sort()) {
      if (/^(?!bench\.)\w+\.[cm]?[jt]sx?$/.test(name)) hash.update(name).update(fs.readFileSync(path.join(here, name)));
    }
    drawing = hash.digest("hex");
  }
  return drawing;
}

/**
 * An image's name in the cache: the card and what draws it. Worked out without
 * choosing the card's fonts (which the fingerprint decides), so that a build
 * whose cards are all cached chooses none.
 */
function cacheKey(card: PreviewCard): string {
  return createHash("sha256")
    .update(JSON.stringify([drawingFingerprint(), card]))
    .digest("hex")
    .slice(0, 40);
}

function checkShape(job: PreviewJob): void {
  const { card } = job;
  const strings = [card?.kicker, card?.title, card?.site?.name, card?.site?.tagline, ...(card?.lines ?? [])];
  if (
    typeof job.file !== "string" ||
    !job.file ||
    !Array.isArray(card?.lines) ||
    strings.some((s) => typeof s !== "string")
  ) {
    throw new TypeError(
      `Link preview ${JSON.stringify(job.file)}: a card is { kicker, title, lines: string[], site: { name, tagline } }, all strings.`,
    );
  }
}

/** renderPreviewImages, but for ending the threads started ahead. */
async function drawPreviewImages(jobs: PreviewJob[], options: PreviewOptions): Promise<PreviewResult> {
  const problems: Problem[] = [];
  const byFile = new Map<string, string>();
  const images = new Map<string, { card: PreviewCard; source: string }>();
  const placements = jobs.map((job) => {
    checkShape(job);
    const source = job.source ?? job.file;
    const card = normalizeCard(job.card);
    if (card.lines.length > MAX_LINES) {
      throw new TypeError(`Link preview ${job.file}: a card has at most ${MAX_LINES} lines, got ${card.lines.length}.`);
    }
    if (!card.title) problems.push({ file: source, field: "title", message: "is empty; a link preview needs a title" });
    const key = cacheKey(card);
    const target = path.resolve(job.file);
    const earlier = byFile.get(target);
    if (earlier !== undefined && earlier !== key) {
      throw new Error(`Link preview ${job.file}: two different cards are to be written to this file.`);
    }
    byFile.set(target, key);
    if (!images.has(key)) images.set(key, { card, source });
    return { file: target, cached: path.join(options.cacheDir, `${key}.png`) };
  });

  // Only the images not drawn before are planned: their fonts chosen, and a letter no font has refused.
  fs.mkdirSync(options.cacheDir, { recursive: true });
  const requests: WorkerRequest[] = [];
  for (const [key, { card, source }] of images) {
    const out = path.join(options.cacheDir, `${key}.png`);
    if (fs.existsSync(out)) continue;
    const plan = planFonts(cardTexts(card));
    problems.push(...plan.missing.map((m) => missingGlyphProblem(source, m)));
    requests.push({ task: { card, fonts: plan.fonts, emoji: plan.emoji }, out });
  }
  if (problems.length) throw new ContentError(problems);

  const started = options.threads ?? [];
  const threads = Math.min(
    options.concurrency ??
      (started.length > 0
        ? started.length
        : Math.min(os.availableParallelism(), Math.floor(requests.length / MIN_IMAGES_PER_THREAD))),
    requests.length,
  );
  if (threads > 1 || (threads === 1 && started.length > 0)) await renderInWorkers(requests, threads, started);
  else await renderHere(requests);

  for (const { file, cached } of placements) placeCached(cached, file);

  let pruned = 0;
  if (options.prune) {
    const keep = new Set([...images.keys()].map((key) => `${key}.png`));
    for (const name of fs.readdirSync(options.cacheDir)) {
      if (name.endsWith(".png") && !keep.has(name)) {
        fs.rmSync(path.join(options.cacheDir, name));
        pruned++;
      }
    }
  }
  return { rendered: requests.length, reused: images.size - requests.length, pruned };
}

/**
 * Writes a 1200x630 PNG link-preview image for each job. An image is drawn
 * only when what it shows has changed since it was last drawn into `cacheDir`;
 * otherwise the cached one is linked (or copied) to `file`. Every card is
 * checked before anything is drawn: a letter no shipped font has is a
 * ContentError naming the file, the field and the letter. Never uses the network.
 */
export async function renderPreviewImages(jobs: PreviewJob[], options: PreviewOptions): Promise<PreviewResult> {
  try {
    return await drawPreviewImages(jobs, options);
  } finally {
    // Those drawn with are ended already; any other (a run that failed, or had too little to draw) is ended here.
    for (const thread of options.threads ?? []) void thread.terminate();
  }
}

/**
 * Render threads worth starting before the cards are known (while the content
 * step runs), for a site of about `cards` cards: one per core when the cache
 * lacks enough of them to keep each busy, as on a first build; none when most
 * are cached, as after an edit, where they would only take a core from the
 * content step. Hand them to renderPreviewImages as `threads`.
 */
export function startPreviewThreads(cacheDir: string, cards: number): Worker[] {
  let cached = 0;
  try {
    cached = fs.readdirSync(cacheDir).filter((name) => name.endsWith(".png")).length;
  } catch {
    // No cache yet.
  }
  const threads = Math.min(os.availableParallelism(), Math.floor((cards - cached) / MIN_IMAGES_PER_THREAD));
  return threads > 1 ? startRenderThreads(threads) : [];
}
