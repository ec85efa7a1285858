import { t } from "../i18n";
import { site } from "../site/config";
import { escapeMarkup } from "../site/text";
import { absoluteUrl, EMBED_NEXT_PATH } from "../site/urls";

// A frame can't take its content's height without a script on the other site, so the embedded card gets a fixed
// one it fits in at phone width, with two-line titles and wrapped buttons.

/** The frame's height in CSS pixels. */
export const EMBED_HEIGHT = 340;

/** The frame's width at most: a card wider than this reads as a page. */
export const EMBED_MAX_WIDTH = "36rem";

/** What another site pastes into its HTML: an attribute a line, so that on a phone only the address wraps. */
export function embedSnippet(): string {
  const title = escapeMarkup(t.embed.frameTitle(site.name));
  const attributes = [
    `src="${escapeMarkup(absoluteUrl(EMBED_NEXT_PATH))}"`,
    `title="${title}"`,
    `width="100%"`,
    `height="${EMBED_HEIGHT}"`,
    `style="border: 0; max-width: ${EMBED_MAX_WIDTH}"`,
    `loading="lazy"`,
  ];
  return `<iframe\n${attributes.map((a) => `  ${a}\n`).join("")}></iframe>`;
}
