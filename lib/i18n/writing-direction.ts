// The direction of text nobody gave a language for (a search result, a link-preview title). dir="auto" alone
// would lay a Hebrew title that opens with a Latin word ("eBPF בפרודקשן") out left to right.
// Pure, and small: the search page's module carries it.

const RIGHT_TO_LEFT_SCRIPT =
  "\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}\\p{Script=Samaritan}\\p{Script=Mandaic}\\p{Script=Adlam}";
// Letters only: Hebrew's vowel points, its punctuation (״ ־) and Arabic digits don't count.
const RIGHT_TO_LEFT_LETTER = new RegExp(`(?=\\p{L})[${RIGHT_TO_LEFT_SCRIPT}]`, "gu");
const IS_RIGHT_TO_LEFT = new RegExp(`[${RIGHT_TO_LEFT_SCRIPT}]`, "u");
const LETTER = /\p{L}/gu;

/** "rtl" when the text's first letter or most of its letters are written right to left, else "ltr"; "auto" without letters. */
export function writingDirection(text: string): "rtl" | "ltr" | "auto" {
  const letters = text.match(LETTER) ?? [];
  if (letters.length === 0) return "auto";
  const rightToLeft = text.match(RIGHT_TO_LEFT_LETTER) ?? [];
  if (rightToLeft.length * 2 >= letters.length) return "rtl";
  return IS_RIGHT_TO_LEFT.test(letters[0]!) ? "rtl" : "ltr";
}
