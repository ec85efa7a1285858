import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";
import { codePoint, type Problem } from "../../content/problems";
import type { CardText } from "./card";
import type { FontFile } from "./render";

const require = createRequire(import.meta.url);

/** The folder an npm package is installed in. */
export const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

/** `make`, run once, on the first call. */
export const lazy = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** `make`, run once for each key: a later call with the key gets what the first made. */
export const memoized = <T>(make: (key: string) => T) => {
  const made = new Map<string, T>();
  return (key: string) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
};

interface Subset {
  name: string;
  filePrefix: string;
  ranges: [number, number][];
}

/** "U+0590-05FF,U+20AA" as [[0x590, 0x5ff], [0x20aa, 0x20aa]]. */
function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

/** A fontsource package's subsets (all, or the ones named): only those a card's letters fall in are ever read. */
function readSubsets(pkg: string, only?: string[]): Subset[] {
  const dir = packageDir(pkg);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "metadata.json"), "utf8")) as { id: string; family: string };
  const ranges = JSON.parse(fs.readFileSync(path.join(dir, "unicode.json"), "utf8")) as Record<string, string>;
  return Object.entries(ranges)
    .map(([key, range]) => ({ subset: key.replace(/^\[(\d+)\]$/, "$1"), range }))
    .filter(({ subset }) => !only || only.includes(subset))
    .map(({ subset, range }) => ({
      name: `${meta.family} ${subset}`,
      filePrefix: path.join(dir, "files", `${meta.id}-${subset}`),
      ranges: parseUnicodeRange(range),
    }));
}

/** The packages whose files a card may be drawn with: a new version of one may change the pictures. */
export const DRAWING_PACKAGES = [
  "@fontsource/heebo",
  "@fontsource/noto-sans",
  "@fontsource/ibm-plex-sans-arabic",
  "@fontsource/noto-sans-jp",
  "@fontsource/noto-sans-kr",
  "@fontsource/noto-sans-sc",
  "@twemoji/svg",
] as const;

// Noto Sans comes before Heebo's math and symbols subsets so that a Greek word isn't drawn half in each. Arabic
// is IBM Plex: Satori drops the dots that Noto Sans Arabic adds as separate glyphs (final ة and ي lose theirs).
const baseSubsets = lazy(() => [
  ...readSubsets("@fontsource/heebo", ["latin", "latin-ext", "hebrew"]),
  ...readSubsets("@fontsource/noto-sans"),
  ...readSubsets("@fontsource/ibm-plex-sans-arabic", ["arabic"]),
  ...readSubsets("@fontsource/heebo", ["math", "symbols"]),
]);
const cjkSubsets = {
  ja: lazy(() => readSubsets("@fontsource/noto-sans-jp")),
  ko: lazy(() => readSubsets("@fontsource/noto-sans-kr")),
  zh: lazy(() => readSubsets("@fontsource/noto-sans-sc")),
};
type CjkLanguage = keyof typeof cjkSubsets;

/**
 * Han characters are drawn in the style of the card's language: Japanese when
 * it has kana, Korean when it has Hangul, Chinese otherwise.
 */
function cjkOrder(texts: CardText[]): CjkLanguage[] {
  const all = texts.map((t) => t.text).join(" ");
  if (/[\p{scx=Hiragana}\p{scx=Katakana}]/u.test(all)) return ["ja", "zh", "ko"];
  if (/\p{scx=Hangul}/u.test(all)) return ["ko", "ja", "zh"];
  return ["zh", "ja", "ko"];
}

const openedFont = memoized((file) => fontkit.create(fs.readFileSync(file)) as fontkit.Font);

const inRange = (ranges: [number, number][], cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to);

const chosen = new Map<string, FontFile | null>();
/**
 * The first subset, in fallback order, whose unicode-range takes the letter and
 * whose file has a glyph for it, as a browser picks among @font-face rules.
 */
function fontFor(codePoint: number, weight: 400 | 700, order: Subset[], orderKey: string): FontFile | null {
  const memo = `${orderKey}|${weight}|${codePoint}`;
  const known = chosen.get(memo);
  if (known !== undefined) return known;
  let found: FontFile | null = null;
  for (const subset of order) {
    if (!inRange(subset.ranges, codePoint)) continue;
    // WOFF2, which Satori decodes itself: fontkit and opentype.js both fail to
    // inflate a table of one Noto Sans SC subset in its WOFF form.
    const file = `${subset.filePrefix}-${weight}-normal.woff2`;
    if (openedFont(file).hasGlyphForCodePoint(codePoint)) {
      found = { name: subset.name, weight, file };
      break;
    }
  }
  chosen.set(memo, found);
  return found;
}

const twemojiDir = packageDir("@twemoji/svg");

/**
 * The Twemoji picture of a grapheme, if there is one. Twemoji names files by
 * code points, leaving out U+FE0F except in sequences joined with U+200D.
 */
export function emojiFile(grapheme: string): string | undefined {
  const points = [...grapheme].map((c) => c.codePointAt(0)!.toString(16));
  const names = [points.join("-"), points.filter((p) => p !== "fe0f").join("-")];
  for (const name of names) {
    const file = path.join(twemojiDir, `${name}.svg`);
    if (name && fs.existsSync(file)) return file;
  }
  return undefined;
}

// The `v` flag is built with RegExp so that TypeScript's ES2022 target accepts it.
const rgiEmoji = new RegExp("^\\p{RGI_Emoji}$", "v");
// Joiners, variation selectors, bidi marks: shaped away, never drawn.
const invisible = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

export interface FontPlan {
  /** The font files the card needs, in fallback order. */
  fonts: FontFile[];
  /** Each emoji on the card and its picture (an SVG file). */
  emoji: Record<string, string>;
  /** Letters no font has and no picture shows. */
  missing: { field: string; text: string; char: string }[];
}

/**
 * Which font files and emoji pictures draw a card's texts, from the text alone: fonts Satori's loadAdditionalAsset
 * loads go to a cache shared by later renders, so a card would depend on the cards drawn before it.
 */
export function planFonts(texts: CardText[]): FontPlan {
  const languages = cjkOrder(texts);
  const order = [...baseSubsets(), ...languages.flatMap((lang) => cjkSubsets[lang]())];
  const orderKey = languages.join();
  const used = new Map<string, FontFile>();
  const emoji: Record<string, string> = {};
  const missing: FontPlan["missing"] = [];
  for (const { field, text, weight } of texts) {
    for (const { segment: grapheme } of segmenter.segment(text)) {
      if (rgiEmoji.test(grapheme)) {
        const file = emojiFile(grapheme);
        if (file) {
          emoji[grapheme] = file;
          continue;
        }
      }
      const fonts = [...grapheme]
        .filter((c) => !invisible.test(c))
        .map((c) => fontFor(c.codePointAt(0)!, weight, order, orderKey));
      if (fonts.every((f) => f !== null)) {
        for (const f of fonts) used.set(f.file, f);
        continue;
      }
      // A symbol no font has, but Twemoji draws (a heart without U+FE0F, say),
      // is drawn as an emoji, as a browser falls back to its emoji font.
      const file = emojiFile(grapheme);
      if (file) emoji[grapheme] = file;
      else missing.push({ field, text, char: grapheme });
    }
  }
  // In fallback order, and lighter first.
  const rank = (f: FontFile) => order.findIndex((subset) => subset.name === f.name) * 2 + (f.weight === 400 ? 0 : 1);
  const fonts = [...used.values()].sort((a, b) => rank(a) - rank(b));
  return { fonts, emoji, missing };
}

/** A missing letter said so that whoever wrote the text can find and change it. */
export function missingGlyphProblem(file: string, m: FontPlan["missing"][number]): Problem {
  return {
    file,
    field: m.field,
    message: `"${m.char}" (${[...m.char].map(codePoint).join(" ")}) in ${JSON.stringify(m.text)} can't be drawn in the link-preview image: none of the fonts shipped for it has that character. Replace or remove it.`,
  };
}

/**
 * The first letter of `text` the link-preview image can't draw, if any: the content gate asks, so that a file it
 * accepts never stops the build.
 */
export function undrawableLetter(text: string, weight: 400 | 700 = 400): string | undefined {
  return planFonts([{ field: "text", text, weight }]).missing[0]?.char;
}
