import fs from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { cardElement, previewSize, type PreviewCard } from "./card";
import { memoized } from "./fonts";

/** One font file: a unicode-range subset of a family, at one weight. */
export interface FontFile {
  /** Unique per subset, since Satori keeps one font per name and weight. */
  name: string;
  weight: 400 | 700;
  file: string;
}

/** The CSS font-family list for a card: every font loaded for it, in fallback order. */
function fontFamilyList(fonts: FontFile[]): string {
  return [...new Set(fonts.map((f) => f.name))].map((name) => JSON.stringify(name)).join(", ");
}

/** Everything one render needs. */
export interface RenderTask {
  /** A normalized card (see normalizeCard). */
  card: PreviewCard;
  /** The fonts planFonts chose, in fallback order. */
  fonts: FontFile[];
  /** grapheme -> Twemoji SVG file */
  emoji: Record<string, string>;
}

// Read once: Satori caches a parsed font by the identity of its bytes, so the same Buffer must be passed every time.
const fontBytes = memoized((file) => fs.readFileSync(file));
const emojiUri = memoized((file) => `data:image/svg+xml;base64,${fs.readFileSync(file).toString("base64")}`);

const invisible = /^[\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Cc}]*$/u;

/**
 * The card as SVG. With `embedFont: false` text is left as <text> elements
 * instead of paths, which shows where each piece of text was placed.
 */
export async function renderCardSvg({ card, fonts, emoji }: RenderTask, { embedFont = true } = {}): Promise<string> {
  const graphemeImages = Object.fromEntries(Object.entries(emoji).map(([g, file]) => [g, emojiUri(file)]));
  return satori(cardElement(card, fontFamilyList(fonts)), {
    ...previewSize,
    fonts: fonts.map(({ name, weight, file }) => ({ name, weight, style: "normal", data: fontBytes(file) })),
    graphemeImages,
    embedFont,
    // Fonts and pictures are chosen beforehand (planFonts). Anything else Satori asks for, but an emoji it splits
    // differently or a mark that draws nothing, would come out as an empty box: an error, not a picture.
    loadAdditionalAsset: async (code, segment) => {
      const image = graphemeImages[segment];
      if (code === "emoji" && image) return image;
      if (invisible.test(segment)) return [];
      throw new Error(
        `The link-preview renderer found no glyph for ${JSON.stringify(segment)} on the card titled ${JSON.stringify(card.title)}`,
      );
    },
  });
}

/** The card as a 1200x630 PNG. */
export async function renderCardPng(task: RenderTask): Promise<Buffer> {
  // Satori draws text as paths, so resvg needs no fonts of its own.
  const image = new Resvg(await renderCardSvg(task), { font: { loadSystemFonts: false }, fitTo: { mode: "original" } });
  return image.render().asPng();
}
