import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import bidiFactory from "bidi-js";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ContentError } from "@/lib/content/problems";
import { cardTexts, normalizeCard, type PreviewCard } from "@/lib/outputs/og/card";
import { planFonts } from "@/lib/outputs/og/fonts";
import { renderPreviewImages, type PreviewJob } from "@/lib/outputs/og/index";
import { renderCardSvg } from "@/lib/outputs/og/render";

const site = { name: "KernelTLV", tagline: "Tel-Aviv-Yafo Linux Kernel Meetup", mark: ">_" };
const card = (title: string, lines = ["19:00-21:00 Israel time", "With Mike Rapoport"]): PreviewCard => ({
  kicker: "Tuesday 12 July 2016",
  title,
  lines,
  site,
});

const titles: Record<string, string> = {
  english: "userfaultfd and post-copy migration of VMs",
  hebrew: "ליבת לינוקס: מבוא לזיכרון וירטואלי",
  arabic: "مقدمة إلى نواة لينكس",
  cyrillic: "Ядро Linux: виртуальная память",
  greek: "Ο πυρήνας του Linux",
  japanese: "Linuxカーネル入門：仮想メモリ",
  chinese: "Linux 内核调度器入门",
  korean: "리눅스 커널 메모리 관리",
  vietnamese: "Nhân Linux: bộ nhớ ảo",
  emoji: "eBPF 🐝 everywhere 🚀 👩‍💻 🇮🇱",
};

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-og-"));
  // Link previews are made offline: any use of the network fails the test.
  vi.stubGlobal("fetch", () => {
    throw new Error("link-preview rendering used fetch");
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A fresh output folder and cache for one test. */
function place(name: string) {
  const dir = path.join(work, name);
  return { out: (file: string) => path.join(dir, "out", file), cacheDir: path.join(dir, "cache") };
}

const read = (file: string) => PNG.sync.read(fs.readFileSync(file));
type Image = ReturnType<typeof read>;

/** Pixels in a box that differ from the card's background. */
function ink(image: Image, x0: number, y0: number, x1: number, y1: number, colourful = false): number {
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      const differs = Math.abs(r - 0x11) + Math.abs(g - 0x14) + Math.abs(b - 0x18) > 60;
      // The card's own text is grey or amber; emoji bring other colours.
      const blueOrRedOrGreen = Math.max(r, g, b) - Math.min(r, g, b) > 80 && !(r > 200 && g > 130 && b < 100);
      if (differs && (!colourful || blueOrRedOrGreen)) count++;
    }
  }
  return count;
}

describe("link-preview images", () => {
  it("are 1200x630 PNG files, written where asked, folders made", async () => {
    const { out, cacheDir } = place("png");
    const file = out("meetups/breaking-the-wall/opengraph-image.png");
    await renderPreviewImages([{ file, card: card("Breaking the Wall") }], { cacheDir });
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = read(file);
    expect([image.width, image.height]).toEqual([1200, 630]);
    // The title is drawn, in the middle band of the card.
    expect(ink(image, 72, 250, 1128, 450)).toBeGreaterThan(2000);
  });

  it("are drawn again only for the cards that changed", async () => {
    const { out, cacheDir } = place("cache");
    const jobs: PreviewJob[] = ["a", "b", "c"].map((slug) => ({
      file: out(`${slug}.png`),
      card: card(`Talk ${slug}`),
    }));
    expect(await renderPreviewImages(jobs, { cacheDir })).toMatchObject({ rendered: 3, reused: 0 });
    const before = jobs.map((job) => fs.readFileSync(job.file));

    expect(await renderPreviewImages(jobs, { cacheDir })).toMatchObject({ rendered: 0, reused: 3 });
    expect(jobs.map((job) => fs.readFileSync(job.file))).toEqual(before);

    jobs[1] = { ...jobs[1]!, card: card("Talk b, renamed") };
    expect(await renderPreviewImages(jobs, { cacheDir })).toMatchObject({ rendered: 1, reused: 2 });
    const after = jobs.map((job) => fs.readFileSync(job.file));
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).not.toEqual(before[1]);
    expect(after[2]).toEqual(before[2]);

    // Pruning keeps what this run uses and drops the old picture of "Talk b".
    expect(await renderPreviewImages(jobs, { cacheDir, prune: true })).toEqual({
      rendered: 0,
      reused: 3,
      pruned: 1,
    });
  });

  it("draw titles in any of the site's scripts, and emoji, without the network", async () => {
    const { out, cacheDir } = place("scripts");
    const jobs = Object.entries(titles).map(([name, title]) => ({ file: out(`${name}.png`), card: card(title) }));
    expect(await renderPreviewImages(jobs, { cacheDir })).toMatchObject({ rendered: jobs.length });
    for (const job of jobs) expect(ink(read(job.file), 72, 250, 1128, 450), job.file).toBeGreaterThan(1500);
    // Emoji are Twemoji's colour pictures, not monochrome letters.
    expect(ink(read(out("emoji.png")), 72, 250, 1128, 450, true)).toBeGreaterThan(1500);
    expect(ink(read(out("english.png")), 72, 250, 1128, 450, true)).toBe(0);
  });

  it("load only the fonts a card's letters need, in the card's language", () => {
    const fontsFor = (title: string) => planFonts(cardTexts(normalizeCard(card(title)))).fonts.map((f) => f.name);
    expect(fontsFor(titles.english!).every((name) => name === "Heebo latin")).toBe(true);
    expect(fontsFor(titles.hebrew!)).toContain("Heebo hebrew");
    expect(fontsFor(titles.arabic!).some((name) => name.startsWith("IBM Plex Sans Arabic"))).toBe(true);
    // A handful of the hundred-odd CJK slices, and Han characters styled for the language.
    const japanese = fontsFor(titles.japanese!);
    expect(japanese.filter((name) => name.startsWith("Noto Sans JP")).length).toBeLessThan(12);
    expect(japanese.some((name) => name.startsWith("Noto Sans SC"))).toBe(false);
    expect(fontsFor(titles.chinese!).some((name) => name.startsWith("Noto Sans SC"))).toBe(true);
  });

  it("keep a very long title inside the card, cut with an ellipsis, off the lines below it", async () => {
    const { out, cacheDir } = place("long");
    const long =
      "userfaultfd and post-copy migration of VMs and containers, with a very long subtitle that goes on about memory management, page faults and the many other wonders of the kernel";
    await renderPreviewImages(
      [
        { file: out("long.png"), card: card(long) },
        { file: out("short.png"), card: card("Short") },
      ],
      { cacheDir },
    );
    const [longImage, shortImage] = [read(out("long.png")), read(out("short.png"))];
    // Nothing in the right margin, and the detail lines look as they do under a short title.
    expect(ink(longImage, 1130, 0, 1200, 630)).toBe(0);
    // (Each image has its own palette, so the same pixel may differ by a shade.)
    const linesBand = (image: Image) => image.data.subarray(460 * 1200 * 4, 630 * 1200 * 4);
    const [a, b] = [linesBand(longImage), linesBand(shortImage)];
    let largest = 0;
    for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i]! - b[i]!));
    expect(largest).toBeLessThanOrEqual(8);

    const normalized = normalizeCard(card(long));
    const plan = planFonts(cardTexts(normalized));
    const svg = await renderCardSvg({ card: normalized, ...plan }, { embedFont: false });
    const titleLines = new Set(
      [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-size="(?:52|60|72)"/g)].map((m) => m[1]),
    );
    expect(titleLines.size).toBe(3);
    expect(svg).toContain("…");
  });

  it("refuse a letter that no shipped font has, naming the file, the field and the letter", async () => {
    const { out, cacheDir } = place("missing");
    const file = out("hieroglyph.png");
    const run = renderPreviewImages(
      [{ file, source: "content/meetups/2099-01-01-egypt.md", card: card("Kernel 𓀀 night") }],
      { cacheDir },
    );
    await expect(run).rejects.toThrow(ContentError);
    await expect(run).rejects.toThrow(
      /content\/meetups\/2099-01-01-egypt\.md: title: "𓀀" \(U\+13000\) in "Kernel 𓀀 night"/,
    );
    expect(fs.existsSync(file)).toBe(false);
  });

  it("say what is wrong with a card they can't draw, before drawing any", async () => {
    const { out, cacheDir } = place("bad");
    const options = { cacheDir };
    const good = { file: out("good.png"), card: card("Fine") };
    await expect(
      renderPreviewImages(
        [good, { file: out("empty.png"), source: "content/speakers/x.md", card: card("  ") }],
        options,
      ),
    ).rejects.toThrow("content/speakers/x.md: title: is empty; a link preview needs a title");
    await expect(
      renderPreviewImages([{ file: out("three.png"), card: card("T", ["a", "b", "c"]) }], options),
    ).rejects.toThrow(/at most 2 lines, got 3/);
    expect(fs.existsSync(good.file)).toBe(false);
  });
});

describe("the group's name on link-preview images", () => {
  /** The pieces of the top line (36 px), left to right, with where each starts. */
  async function topLine(preview: PreviewCard) {
    const normalized = normalizeCard(preview);
    const svg = await renderCardSvg({ card: normalized, ...planFonts(cardTexts(normalized)) }, { embedFont: false });
    return [...svg.matchAll(/<text x="([\d.]+)"[^>]*font-size="36"[^>]*>([^<]*)<\/text>/g)]
      .map((m) => ({ x: Math.round(Number(m[1])), text: m[2]! }))
      .sort((a, b) => a.x - b.x);
  }

  it("follow the group's mark, or start the line when the group has none, on the side its script starts", async () => {
    const marked = await topLine(card("Breaking the Wall"));
    expect(marked.map((piece) => piece.text).join("")).toBe("&gt;_KernelTLV");
    expect(marked[0]!.x).toBe(72);
    const plain = await topLine({ ...card("Breaking the Wall"), site: { name: "Kernel Night", tagline: "Berlin" } });
    expect(plain.map((piece) => piece.text).join("")).toBe("Kernel Night");
    expect(plain[0]!.x).toBe(72);
    // A name in Hebrew starts at the right, as the title under it does.
    const hebrew = await topLine({ ...card("Breaking the Wall"), site: { name: "קרנל ניו יורק", tagline: "מפגש" } });
    expect(hebrew.length).toBeGreaterThan(0);
    expect(Math.min(...hebrew.map((piece) => piece.x))).toBeGreaterThan(600);
  });
});

describe("right-to-left text on link-preview images", () => {
  const bidi = bidiFactory();
  const rtl = /[\u0590-\u08ff]/;

  /**
   * The title as it reads on the image from left to right, from where Satori
   * placed each piece of it (text left as <text> elements), each right-to-left
   * piece spelled as it shows.
   */
  async function titleAsDrawn(title: string): Promise<string> {
    const normalized = normalizeCard(card(title, []));
    const svg = await renderCardSvg({ card: normalized, ...planFonts(cardTexts(normalized)) }, { embedFont: false });
    const pieces = [...svg.matchAll(/<text x="([\d.]+)"[^>]*font-size="72"[^>]*>([^<]*)<\/text>/g)]
      .map((m) => ({ x: Number(m[1]), text: m[2]!.replace(/\u200e/g, "") }))
      .sort((a, b) => a.x - b.x);
    return pieces.map(({ text }) => (rtl.test(text) ? [...text].reverse().join("") : text)).join("");
  }

  /** What the Unicode bidi algorithm (as browsers apply it) shows, left to right. */
  function expected(title: string): string {
    const levels = bidi.getEmbeddingLevels(title);
    return bidi.getReorderedString(title, levels);
  }

  it("starts a right-to-left title at the right edge of the card, a left-to-right one at the left", async () => {
    const edges = async (title: string) => {
      const normalized = normalizeCard(card(title, []));
      const svg = await renderCardSvg({ card: normalized, ...planFonts(cardTexts(normalized)) }, { embedFont: false });
      const pieces = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*font-size="72"/g)];
      const lefts = pieces.map((m) => Number(m[1]));
      const rights = pieces.map((m) => Number(m[1]) + Number(m[2]));
      return { left: Math.round(Math.min(...lefts)), right: Math.round(Math.max(...rights)) };
    };
    expect((await edges("ליבת Linux היום")).right).toBe(1128);
    expect((await edges("ליבת Linux היום")).left).toBeGreaterThan(400);
    // A Hebrew title that opens with a Latin word is still Hebrew.
    expect((await edges("eBPF בפרודקשן ובבית")).right).toBe(1128);
    expect((await edges("Linux kernel, היום")).left).toBe(72);
  });

  it.each([
    "ליבת לינוקס: מבוא לזיכרון",
    "ליבת Linux Kernel היום",
    "מפגש ב-19:00-21:00 בערב",
    "כנס 2024-2025 בתל אביב",
    "גרסה 6.1 עם 50% יותר",
  ])("lays out %s as a browser would", async (title) => {
    expect(await titleAsDrawn(title)).toBe(expected(title));
  });
});
