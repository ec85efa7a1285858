import { undrawableLetter } from "../outputs/og/fonts";
import { codePoint, FieldReader, shown, type Problem } from "./problems";
import type { SiteSettings } from "./schema";

/** Text on a link-preview image must be drawable with the site's fonts, or the build would stop after the check. */
export function checkDrawable(r: FieldReader, field: string, text: string | undefined, weight: 400 | 700): void {
  if (text === undefined) return;
  const letter = undrawableLetter(text, weight);
  if (letter === undefined) return;
  const code = [...letter].map(codePoint).join(" ");
  r.fail(
    field,
    `expected letters the link-preview image can draw, got ${shown(letter)} (${code}) in ${shown(text)}: none of the site's fonts has it; replace or remove it`,
  );
}

/**
 * The settings' words on every link-preview image, checked with the content: the pages read the settings without
 * the preview renderer's fonts.
 */
export function settingsDrawableProblems(settings: SiteSettings): Problem[] {
  const r = new FieldReader(settings.sourcePath, {});
  checkDrawable(r, "name", settings.name, 700);
  checkDrawable(r, "mark", settings.mark, 700);
  checkDrawable(r, "tagline", settings.tagline, 400);
  checkDrawable(r, "city", settings.city, 400);
  return r.problems;
}
