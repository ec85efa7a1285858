// Link-preview (Open Graph) images, drawn after next build from the project's own font and emoji packages:
// nothing reaches the network, and a letter no font has is refused, never drawn as an empty box.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { placeCached } from "../cached-file";
import { ContentError, type Problem } from "../../content/problems";
import { cardTexts, MAX_LINES, normalizeCard, TEMPLATE_VERSION, type PreviewCard } from "./card";
import { DRAWING_PACKAGES, lazy, missingGlyphProblem, packageDir, planFonts } from "./fonts";
import { renderCardPng, type RenderTask } from "./render";

export type { PreviewCard } from "./card";

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
  /** Delete cached images this run didn't use (only when the run covers every image the site has). */
  prune?: boolean;
}

/** Everything besides the card that decides its pixels: the template, this folder's code, the packages' versions. */
const drawingFingerprint = lazy(() => {
  const hash = createHash("sha256").update(`template ${TEMPLATE_VERSION}\n`);
  for (const name of ["satori", "@resvg/resvg-js", ...DRAWING_PACKAGES]) {
    hash.update(fs.readFileSync(path.join(packageDir(name), "package.json")));
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of fs.readdirSync(here).sort()) {
    if (/^\w+\.[cm]?[jt]sx?$/.test(name)) hash.update(name).update(fs.readFileSync(path.join(here, name)));
  }
  return hash.digest("hex");
});

/** An image's name in the cache, found without choosing fonts: a build whose cards are all cached chooses none. */
function cacheKey(card: PreviewCard): string {
  return createHash("sha256")
    .update(JSON.stringify([drawingFingerprint(), card]))
    .digest("hex")
    .slice(0, 40);
}

/**
 * Writes a 1200x630 PNG link-preview image for each job, drawing only those `cacheDir` doesn't hold yet.
 * Checked before anything is drawn: a letter no shipped font has is a ContentError naming the file and field.
 */
export async function renderPreviewImages(jobs: PreviewJob[], options: PreviewOptions) {
  const problems: Problem[] = [];
  const images = new Map<string, { card: PreviewCard; source: string }>();
  const placements = jobs.map((job) => {
    const source = job.source ?? job.file;
    const card = normalizeCard(job.card);
    if (card.lines.length > MAX_LINES) {
      throw new TypeError(`Link preview ${job.file}: a card has at most ${MAX_LINES} lines, got ${card.lines.length}.`);
    }
    if (!card.title) problems.push({ file: source, field: "title", message: "is empty; a link preview needs a title" });
    const key = cacheKey(card);
    if (!images.has(key)) images.set(key, { card, source });
    return { file: job.file, cached: path.join(options.cacheDir, `${key}.png`) };
  });

  // Only the images not drawn before are planned: their fonts chosen, and a letter no font has refused.
  fs.mkdirSync(options.cacheDir, { recursive: true });
  const requests: { task: RenderTask; out: string }[] = [];
  for (const [key, { card, source }] of images) {
    const out = path.join(options.cacheDir, `${key}.png`);
    if (fs.existsSync(out)) continue;
    const plan = planFonts(cardTexts(card));
    problems.push(...plan.missing.map((m) => missingGlyphProblem(source, m)));
    requests.push({ task: { card, fonts: plan.fonts, emoji: plan.emoji }, out });
  }
  if (problems.length) throw new ContentError(problems);

  for (const { task, out } of requests) {
    // Written whole or not at all: a build stopped midway leaves no broken image to be reused.
    // Asynchronously, so the event loop turns after each card: resvg's finalizers, which free its pixels, run only then.
    await fs.promises.writeFile(`${out}.tmp`, await renderCardPng(task));
    await fs.promises.rename(`${out}.tmp`, out);
  }

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
