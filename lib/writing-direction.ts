// The direction of a piece of text nobody gave a language for, such as a search
// result's title or excerpt as Pagefind returns it. dir="auto" goes by the first
// strong letter, which lays "eBPF בפרודקשן, ובאג של שלושה שבועות" out left to
// right: a Hebrew title that opens with a Latin word. This goes by most letters.
// Pure, and small: the search page's module carries it.

// Letters only: Hebrew's vowel points, its punctuation (״ ־) and Arabic digits don't count.
const RIGHT_TO_LEFT_LETTER =
  /(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/gu;
const LETTER = /\p{L}/gu;

/** "rtl" when most of the text's letters are written right to left, "ltr" when most aren't, "auto" without letters. */
export function writingDirection(text: string): "rtl" | "ltr" | "auto" {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return "auto";
  const rightToLeft = text.match(RIGHT_TO_LEFT_LETTER)?.length ?? 0;
  return rightToLeft * 2 >= letters ? "rtl" : "ltr";
}
