import bidiFactory from "bidi-js";

const bidi = bidiFactory();

const LRM = "\u200e";

/**
 * Satori lacks the bidi rules that keep a number with its separators together (W4, W5): in a Hebrew line
 * "19:00-21:00" came out as "00:21-00:19". A left-to-right mark after each separator keeps it in order.
 * For right-to-left paragraphs only: in a left-to-right one the marks would move the number instead.
 */
export function markNumberRuns(text: string): string {
  const { levels } = bidi.getEmbeddingLevels(text, "rtl");
  const chars = [...text];
  let out = "";
  let index = 0; // UTF-16 index of chars[i], which is what levels are indexed by
  for (let i = 0; i < chars.length;) {
    if (levels[index]! < 2) {
      out += chars[i];
      index += chars[i]!.length;
      i++;
      continue;
    }
    // A run of left-to-right text (level 2): numbers, or words with numbers.
    let j = i;
    let end = index;
    while (j < chars.length && levels[end]! >= 2) end += chars[j++]!.length;
    const run = chars.slice(i, j);
    const numeric = !run.some((c) => /\p{L}/u.test(c));
    out += numeric ? run.map((c) => (/\p{Nd}/u.test(c) ? c : c + LRM)).join("") : run.join("");
    i = j;
    index = end;
  }
  return out;
}
