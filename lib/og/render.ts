import fs from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import satori, { type Font } from "satori";
import { cardElement, previewSize, type PreviewCard } from "./card";
import { encodePalettePng } from "./png";

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

/** Everything one render needs, as plain data that can be posted to a worker. */
export interface RenderTask {
  /** A normalized card (see normalizeCard). */
  card: PreviewCard;
  /** The fonts planFonts chose, in fallback order. */
  fonts: FontFile[];
  /** grapheme -> Twemoji SVG file */
  emoji: Record<string, string>;
}

// Read once per thread. Satori caches a parsed font by the identity of its
// bytes, so the same Buffer object must be passed every time.
const fontData = new Map<string, Font>();
function satoriFont({ name, weight, file }: FontFile): Font {
  const key = `${name}|${weight}|${file}`;
  let font = fontData.get(key);
  if (!font) {
    font = { name, weight, style: "normal", data: fs.readFileSync(file) };
    fontData.set(key, font);
  }
  return font;
}

const emojiData = new Map<string, string>();
function emojiUri(file: string): string {
  let uri = emojiData.get(file);
  if (!uri) {
    uri = `data:image/svg+xml;base64,${fs.readFileSync(file).toString("base64")}`;
    emojiData.set(file, uri);
  }
  return uri;
}

const invisible = /^[\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Cc}]*$/u;

/**
 * The card as SVG. With `embedFont: false` text is left as <text> elements
 * instead of paths, which shows where each piece of text was placed.
 */
export async function renderCardSvg({ card, fonts, emoji }: RenderTask, { embedFont = true } = {}): Promise<string> {
  const graphemeImages = Object.fromEntries(Object.entries(emoji).map(([g, file]) => [g, emojiUri(file)]));
  return satori(cardElement(card, fontFamilyList(fonts)), {
    ...previewSize,
    fonts: fonts.map(satoriFont),
    graphemeImages,
    embedFont,
    // The fonts and pictures are all chosen beforehand (see planFonts). Satori
    // asks here only for what it can't draw with them: an emoji it splits
    // differently is served the same way, and marks that draw nothing need
    // nothing; anything else would come out as an empty box, which is an
    // error, not a picture.
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

const rectAttributes = 'x="[^"]*" y="[^"]*" width="[^"]*" height="[^"]*"';
const clipRect = new RegExp(`<clipPath id="([^"]+)"><rect (${rectAttributes})/></clipPath>`, "g");
const maskRect = new RegExp(`<mask id="([^"]+)"><rect (${rectAttributes}) fill="#fff"/></mask>`, "g");

/**
 * Satori hides a box's overflow twice: with a clip path, and with a mask of the
 * same rectangle, which is there for rounded corners and borders (a card has
 * neither). resvg draws each mask as a layer of its own, 0.8 ms of the 7 it
 * takes to draw a card, so such a mask is left out: the pixels are the same.
 */
export function withoutRedundantMasks(svg: string): string {
  const clips = new Map([...svg.matchAll(clipRect)].map((m) => [m[1], m[2]]));
  const masks = new Map([...svg.matchAll(maskRect)].map((m) => [m[1], m[2]]));
  return svg.replace(/ mask="url\(#([^)"]+)\)" clip-path="url\(#([^)"]+)\)"/g, (both, mask: string, clip: string) => {
    const rect = masks.get(mask);
    return rect !== undefined && rect === clips.get(clip) ? ` clip-path="url(#${clip})"` : both;
  });
}

export interface RgbaImage {
  /** RGBA, 4 bytes a pixel, row by row; resvg's are premultiplied, which for a card's opaque pixels changes nothing. */
  pixels: Buffer;
  width: number;
  height: number;
}

/** The card's SVG drawn as pixels, at its own size. */
export function rasterize(svg: string): RgbaImage {
  // Satori draws text as paths, so resvg needs no fonts of its own.
  const image = new Resvg(withoutRedundantMasks(svg), {
    font: { loadSystemFonts: false },
    fitTo: { mode: "original" },
    // resvg-js copies every image it draws into a new one, pixel by pixel, to
    // crop it, unless the crop is empty, which it takes as none: the copy was
    // 0.6 ms of the 6 it takes to draw a card.
    crop: { left: 0, top: 0, right: 0, bottom: 0 },
  }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/**
 * The pixels as a palette PNG: a card has a hundred-odd colours, and as a
 * palette PNG it is 13 KB instead of 34, which across a 1,000-meetup archive
 * is the difference of some 20 MB.
 */
export async function encodePng({ pixels, width, height }: RgbaImage): Promise<Buffer> {
  const png = encodePalettePng(pixels, width, height);
  if (png) return png;
  // Emoji bring more colours than a palette holds: they are quantized.
  const { default: sharp } = await import("sharp");
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .png({ palette: true, colors: 256, effort: 1 })
    .toBuffer();
}

/** The card as a 1200x630 PNG. */
export async function renderCardPng(task: RenderTask): Promise<Buffer> {
  return encodePng(rasterize(await renderCardSvg(task)));
}
