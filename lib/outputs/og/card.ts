import type { ReactElement } from "react";
import { markNumberRuns } from "../../i18n/visual-text";
import { writingDirection } from "../../i18n/writing-direction";

/** What one link-preview image shows: plain data, no React needed by callers. */
export interface PreviewCard {
  /** A short line above the title, e.g. the meetup's day; shown in capitals. */
  kicker: string;
  title: string;
  /** Up to two lines of detail under the title (time, speakers, role); empty ones are left out. */
  lines: string[];
  site: { name: string; tagline: string; mark?: string };
}

export const previewSize = { width: 1200, height: 630 } as const;

/**
 * Bump when the card's look or the way it becomes a PNG changes, so that every cached image is drawn again.
 * Fonts, emoji and the renderers' versions are in the cache key already.
 */
export const TEMPLATE_VERSION = 5;

export const MAX_LINES = 2;

/** One piece of text on the card, the weight it's drawn in and what it's called in messages. */
export interface CardText {
  field: string;
  text: string;
  weight: 400 | 700;
}

/** Whitespace as a browser shows it: a run of it (a title folded over lines in YAML) becomes one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The card as it is drawn. The kicker is put in capitals here rather than with CSS so that the font check sees
 * the letters that are drawn: "ß" becomes "SS".
 */
export function normalizeCard(card: PreviewCard): PreviewCard {
  return {
    kicker: collapse(card.kicker).toUpperCase(),
    title: collapse(card.title),
    lines: card.lines.map(collapse).filter((line) => line !== ""),
    site: {
      name: collapse(card.site.name),
      tagline: collapse(card.site.tagline),
      ...(card.site.mark && { mark: collapse(card.site.mark) }),
    },
  };
}

/** Every text on a normalized card, with the field it came from and its weight. */
export function cardTexts(card: PreviewCard): CardText[] {
  return [
    { field: "site.name", text: [card.site.mark, card.site.name].filter(Boolean).join(" "), weight: 700 },
    { field: "site.tagline", text: card.site.tagline, weight: 400 },
    { field: "kicker", text: card.kicker, weight: 400 },
    { field: "title", text: card.title, weight: 700 },
    ...card.lines.map((text, i) => ({ field: `lines[${i}]`, text, weight: 400 as const })),
  ];
}

// East Asian wide letters take about two Latin letters' room.
const wide = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff01-\uff60]/u;

/** How much room a title needs, in Latin letters. */
function titleLength(title: string): number {
  let length = 0;
  for (const char of title) length += wide.test(char) ? 2 : 1;
  return length;
}

/** Long titles are drawn smaller; past three lines they end in an ellipsis. */
export function titleFontSize(title: string): number {
  const length = titleLength(title);
  if (length <= 32) return 72;
  if (length <= 64) return 60;
  return 52;
}

type Style = Record<string, string | number>;

interface Props {
  style: Style;
  children?: string | ReactElement | (string | ReactElement)[];
}

function h(type: string, style: Style, children?: Props["children"]): ReactElement<Props> {
  return { type, props: { style, children }, key: null };
}

/**
 * One paragraph in its text's direction (lib/i18n/writing-direction.ts). Satori orders right-to-left words itself,
 * but needs `direction: rtl` to start the lines at the right, with the ellipsis at the left.
 */
function paragraph(text: string, style: Style, maxLines: number): ReactElement<Props> {
  const direction = writingDirection(text) === "rtl" ? "rtl" : "ltr";
  return h(
    "div",
    { display: "block", direction, lineClamp: maxLines, textOverflow: "ellipsis", overflow: "hidden", ...style },
    direction === "rtl" ? markNumberRuns(text) : text,
  );
}

/** The link-preview image; `fontFamily` lists the fonts loaded for this card, in fallback order. */
export function cardElement(card: PreviewCard, fontFamily: string): ReactElement<Props> {
  const muted = "#a9b0bb";
  const accent = "#f5b041";
  return h(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      width: "100%",
      height: "100%",
      // Satori sizes boxes as CSS does by default (content-box): without this
      // the padding would make the card wider and taller than the image.
      boxSizing: "border-box",
      padding: "64px 72px",
      background: "#111418",
      color: "#e8e6e1",
      fontFamily,
    },
    [
      // A group named in a right-to-left script has its name at the right, where its title starts.
      h(
        "div",
        {
          display: "flex",
          flexDirection: writingDirection(card.site.name) === "rtl" ? "row-reverse" : "row",
          alignItems: "baseline",
          gap: 20,
          fontSize: 36,
          whiteSpace: "nowrap",
        },
        [
          ...(card.site.mark ? [h("div", { color: accent, fontWeight: 700, flexShrink: 0 }, card.site.mark)] : []),
          h("div", { fontWeight: 700, flexShrink: 0 }, card.site.name),
          h("div", { color: muted, fontSize: 28, overflow: "hidden", textOverflow: "ellipsis" }, card.site.tagline),
        ],
      ),
      h("div", { display: "flex", flexDirection: "column", gap: 20 }, [
        paragraph(card.kicker, { color: accent, fontSize: 30, letterSpacing: 2 }, 1),
        paragraph(card.title, { fontSize: titleFontSize(card.title), fontWeight: 700, lineHeight: 1.1 }, 3),
      ]),
      h(
        "div",
        { display: "flex", flexDirection: "column", gap: 8, fontSize: 32, color: muted },
        card.lines.map((line) => paragraph(line, {}, 1)),
      ),
    ],
  );
}
