// Measures drawing link-preview images, on the cards of an archive like the one
// scripts/bench.ts makes (a meetup a week, some titles in Hebrew, 50 speakers):
//   npx tsx lib/og/bench.ts [cards=1070] [threads=2]
// - each stage of drawing one image, on this thread, on the first 200 cards
// - starting the render threads: until each has written its first image
// - renderPreviewImages into an empty cache on 1 thread and on `threads`, then
//   again from the cache: wall time, images a second, CPU time of the
//   process, average PNG size
// Times are only as quiet as the machine: run it with nothing else busy.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cardTexts, normalizeCard, type PreviewCard } from "./card";
import { planFonts } from "./fonts";
import { renderPreviewImages } from "./index";
import { renderInWorkers, writeAtomically } from "./pool";
import { encodePng, rasterize, renderCardSvg, type RenderTask } from "./render";

const site = { name: "KernelTLV", tagline: "Tel-Aviv-Yafo Linux Kernel Meetup" };
const HEBREW_TITLES = ["ליבת לינוקס מבפנים", "eBPF בפרודקשן", "זיכרון, מטמון ומה שביניהם"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"];
const MONTHS = ["January", "March", "July", "November"];

/** `count` cards as lib/previews.ts makes them: one for the site, one per speaker (50), the rest meetups. */
function archiveCards(count: number): PreviewCard[] {
  return Array.from({ length: count }, (_, i): PreviewCard => {
    if (i === 0) return { site, kicker: "Meetups in Tel Aviv", title: site.tagline, lines: ["kerneltlv.com"] };
    if (i % 21 === 0) {
      return {
        site,
        kicker: "Speaker",
        title: `Speaker ${(i / 21) % 50}`,
        lines: ["Engineer", `${1 + (i % 4)} talks`],
      };
    }
    return {
      site,
      kicker: `${DAYS[i % 4]}, ${1 + (i % 28)} ${MONTHS[i % 4]} ${2016 + (i % 10)}`,
      title: i % 7 === 3 ? HEBREW_TITLES[i % HEBREW_TITLES.length]! : `Meetup ${i}`,
      lines: ["19:00–21:00 Israel time", `With Speaker ${i % 50} and Speaker ${(i + 7) % 50}`],
    };
  });
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function stages(cards: PreviewCard[], dir: string): Promise<void> {
  const times: Record<string, number[]> = {};
  const time = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    (times[stage] ??= []).push(performance.now() - start);
    return result;
  };
  let bytes = 0;
  for (const [i, input] of cards.entries()) {
    const card = normalizeCard(input);
    const plan = await time("planFonts", () => planFonts(cardTexts(card)));
    const task: RenderTask = { card, fonts: plan.fonts, emoji: plan.emoji };
    const svg = await time("Satori", () => renderCardSvg(task));
    const image = await time("resvg", () => rasterize(svg));
    const png = await time("PNG encoding", () => encodePng(image));
    await time("file write", () => writeAtomically(path.join(dir, `${i}.png`), png));
    bytes += png.length;
    await turn();
  }
  console.log(`Each stage on this thread, ${cards.length} cards (ms an image: first, median, mean of the rest)`);
  let total = 0;
  for (const [stage, [first, ...rest]] of Object.entries(times)) {
    const sorted = [...rest].sort((a, b) => a - b);
    const mean = rest.reduce((a, b) => a + b, 0) / rest.length;
    total += mean;
    const median = sorted[sorted.length >> 1]!;
    console.log(
      `  ${stage.padEnd(13)} ${first!.toFixed(1).padStart(7)} ${median.toFixed(2).padStart(7)} ${mean.toFixed(2).padStart(7)}`,
    );
  }
  console.log(`  ${"all".padEnd(13)} ${"".padStart(7)} ${"".padStart(7)} ${total.toFixed(2).padStart(7)}`);
  console.log(`  PNG: ${(bytes / cards.length).toFixed(0)} bytes on average`);
}

async function threadStart(threads: number, cards: PreviewCard[], dir: string): Promise<void> {
  const requests = cards.slice(0, threads).map((input, id) => {
    const card = normalizeCard(input);
    const { fonts, emoji } = planFonts(cardTexts(card));
    return { task: { card, fonts, emoji }, out: path.join(dir, `start-${id}.png`) };
  });
  const start = performance.now();
  await renderInWorkers(requests, threads);
  console.log(
    `${threads} render threads started, each its first image written: ${(performance.now() - start).toFixed(0)} ms`,
  );
}

async function run(cards: PreviewCard[], threads: number, dir: string): Promise<void> {
  const jobs = cards.map((card, i) => ({ file: path.join(dir, "out", `${i}.png`), card }));
  const options = { cacheDir: path.join(dir, "cache"), concurrency: threads };
  const [start, cpu] = [performance.now(), cpuSeconds()];
  const { rendered } = await renderPreviewImages(jobs, options);
  const seconds = (performance.now() - start) / 1000;
  const cpuUsed = cpuSeconds() - cpu;
  let bytes = 0;
  for (const name of fs.readdirSync(options.cacheDir)) bytes += fs.statSync(path.join(options.cacheDir, name)).size;
  const cachedStart = performance.now();
  await renderPreviewImages(jobs, options);
  console.log(
    `${rendered} images on ${threads} thread${threads > 1 ? "s" : ""}: ${seconds.toFixed(2)} s, ` +
      `${(rendered / seconds).toFixed(0)} images/s, CPU ${cpuUsed.toFixed(1)} s, ` +
      `${(bytes / rendered).toFixed(0)} bytes a PNG; from the cache ${(performance.now() - cachedStart).toFixed(0)} ms`,
  );
}

async function main() {
  const [count = 1070, threads = 2] = process.argv.slice(2).map(Number);
  const cards = archiveCards(count);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "og-bench-"));
  try {
    console.log(`load average ${os.loadavg()[0]!.toFixed(2)} on ${os.availableParallelism()} cores\n`);
    await stages(cards.slice(0, 200), work);
    console.log();
    await threadStart(threads, cards, work);
    for (const n of new Set([1, threads])) {
      const dir = path.join(work, `run-${n}`);
      fs.mkdirSync(dir);
      await run(cards, n, dir);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
