import { undrawableLetter } from "../og/fonts";
import { shown, type FieldReader } from "./problems";

/**
 * Text that goes on a link-preview image (a meetup's title, a speaker's name
 * and role) must be drawable with the fonts the site ships, or the build would
 * stop after the check said yes.
 */
export function checkDrawable(r: FieldReader, field: string, text: string | undefined, weight: 400 | 700): void {
  if (text === undefined) return;
  const letter = undrawableLetter(text, weight);
  if (letter === undefined) return;
  const code = [...letter].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
  r.fail(field, `expected letters the link-preview image can draw, got ${shown(letter)} (${code}) in ${shown(text)}: none of the site's fonts has it; replace or remove it`);
}
