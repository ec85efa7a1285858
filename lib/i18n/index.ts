import { site } from "../site/config";
import { en } from "./en";
import { he } from "./he";
import type { InterfaceLanguage } from "../content/schema";

// The interface's words, in the language the settings choose (site.yml's
// `language`). Content keeps its own language: see `contentLanguage`.

export type Messages = typeof en;

export const catalogs: Record<InterfaceLanguage, Messages> = { en, he };

/** The interface's words for this site. */
export const t: Messages = catalogs[site.language];

/** A language's name in the interface language: "Hebrew", "עברית". */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(t.locale, { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The primary language of a tag: "he-IL" -> "he". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split("-")[0] ?? tag;

/** Whether text in `tag` reads in the interface's own language (then it needs no label). */
export const isInterfaceLanguage = (tag: string): boolean => primaryLanguage(tag) === site.language;

/** A list of names as the interface's language joins them: "Dana, Yossi and Avi". */
export function listOf(names: string[]): string {
  return new Intl.ListFormat(t.locale, { style: "long", type: "conjunction" }).format(names);
}

/** The language a meetup's own text is in: its `language`, else the site's. */
export const meetupLanguage = (m: { language?: string }): string => m.language ?? site.language;

/** The language a talk is given in: its own, else its meetup's. */
export const talkLanguage = (slot: { language?: string }, m: { language?: string }) =>
  slot.language ?? meetupLanguage(m);

// Scripts written right to left, by their languages' primary tags.
const RIGHT_TO_LEFT = new Set(["he", "iw", "yi", "ar", "fa", "ur", "ps", "sd", "ug", "dv", "ckb", "syr"]);

/**
 * The direction to lay a piece of organizer text out in. A right-to-left language decides it, as a Hebrew title
 * may start with a Latin word ("XDP מאפס"); text whose language nobody gave is left to dir="auto".
 */
export function textDirection(explicitLanguage: string | undefined): "rtl" | "ltr" | "auto" {
  const language = primaryLanguage(explicitLanguage ?? site.language);
  if (RIGHT_TO_LEFT.has(language)) return "rtl";
  return explicitLanguage ? "ltr" : "auto";
}

/** The direction of a meetup's own text (its title, its summary). */
export const meetupDirection = (m: { language?: string }) => textDirection(m.language);

/** The direction of a talk's title: its language's, else its meetup's. */
export const talkDirection = (slot: { language?: string }, m: { language?: string }) =>
  textDirection(slot.language ?? m.language);
