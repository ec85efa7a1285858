import bidiFactory from "bidi-js";

const bidi = bidiFactory();

export interface WordLayout {
  /** The paragraph reads right to left (a Hebrew title, say). */
  rtl: boolean;
  /** The words, in the order to lay them out along the paragraph's direction. */
  words: string[];
}

/**
 * Satori (behind the link-preview images) orders the letters within a text run
 * but always lays a paragraph out left to right. To draw a Hebrew title right,
 * give it one word at a time, in a row that runs right to left (row-reverse):
 * this says how, using the Unicode bidi algorithm for each word's direction.
 */
export function layoutWords(text: string): WordLayout {
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text);
  const rtl = (paragraphs[0]?.level ?? 0) % 2 === 1;
  const words = [...text.matchAll(/\S+/g)].map((m) => {
    const wordRtl = levels[m.index]! % 2 === 1 || levels[m.index + m[0].length - 1]! % 2 === 1;
    return { word: m[0], against: wordRtl !== rtl };
  });
  // Consecutive words against the paragraph's direction keep their own order.
  const ordered: string[] = [];
  for (let i = 0; i < words.length;) {
    let j = i;
    while (j < words.length && words[j]!.against === words[i]!.against) j++;
    const run = words.slice(i, j).map((w) => w.word);
    ordered.push(...(words[i]!.against ? run.reverse() : run));
    i = j;
  }
  return { rtl, words: ordered };
}
