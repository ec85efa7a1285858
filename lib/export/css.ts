// Each page's stylesheet cut to the rules that can match it. The pages step
// inlines the site's stylesheet into every page (measured, it wins LCP over a
// linked file), which whole would be 27 KB times 1,250 pages at 1,000 meetups. PurgeCSS drops the rules whose selectors name a tag, class, id or
// attribute the page doesn't have; what it can't judge (pseudo-classes, custom
// properties, keyframes) it keeps. What the site's modules put into a page at
// run time (lib/browser/: search results, the video player, live states) counts
// as present on every page: their words are added to each page's own.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postcss from "postcss";
import selectorParser from "postcss-selector-parser";
import { PurgeCSS } from "purgecss";
import { markupInPage, scanPage, type MarkupInPage } from "./scan";
import { walkFiles } from "./files";

/** What a stylesheet's selectors test for besides tags and classes: ids, attributes and attribute values. */
export interface SelectorVocabulary {
  /** The ids its selectors name, unescaped (`#\\31 23` -> 123), as PurgeCSS compares them. */
  ids: Set<string>;
  /**
   * Attribute name, lowercased -> the names as written and the values its
   * selectors compare it to, unescaped: `[aria-current=page]` -> aria-current: [page].
   */
  attributes: Map<string, { written: Set<string>; values: string[] }>;
}

/** Reads every selector of the stylesheet with the parser PurgeCSS itself uses. */
export function selectorVocabulary(css: string): SelectorVocabulary {
  const vocabulary: SelectorVocabulary = { ids: new Set(), attributes: new Map() };
  const read = selectorParser((selectors) => {
    selectors.walkIds((id) => void vocabulary.ids.add(id.value));
    selectors.walkAttributes((attribute) => {
      const key = attribute.attribute.toLowerCase();
      const entry = vocabulary.attributes.get(key) ?? { written: new Set<string>(), values: [] };
      vocabulary.attributes.set(key, entry);
      entry.written.add(attribute.attribute);
      if (attribute.value !== undefined) entry.values.push(attribute.value);
    });
  });
  postcss.parse(css).walkRules((rule) => {
    try {
      read.processSync(rule.selector);
    } catch {
      // A selector the parser can't read, PurgeCSS can't either: it keeps the rule.
    }
  });
  return vocabulary;
}

/**
 * The page's markup as PurgeCSS reads it (ExtractorResultDetailed), cut down to
 * what the stylesheet's selectors can tell apart, so that pages alike to the
 * stylesheet come out the same: the ids it names; for an attribute it tests,
 * its name as the stylesheet writes it, and each value it compares with that
 * some element's value contains, whatever the case (what `=`, `^=`, `$=`, `*=`
 * and the ` i` flag need; for `=` sometimes more, which only keeps a rule).
 */
export function selectorsInPage(page: MarkupInPage, vocabulary: SelectorVocabulary) {
  const names = new Set(page.attributes.keys());
  const values = new Set<string>();
  for (const [name, { written, values: compared }] of vocabulary.attributes) {
    const present = page.attributes.get(name);
    if (!present) continue;
    for (const form of written) names.add(form);
    const lower = [...present].map((v) => v.toLowerCase());
    for (const value of compared) if (lower.some((v) => v.includes(value.toLowerCase()))) values.add(value);
  }
  const sorted = (items: Iterable<string>) => [...items].sort();
  return {
    tags: sorted(page.tags),
    classes: sorted(page.classes),
    ids: sorted([...page.ids].filter((id) => vocabulary.ids.has(id))),
    attributes: { names: sorted(names), values: sorted(values) },
  };
}

/**
 * The words of a script that could name a class, an attribute or its value, as
 * PurgeCSS's own extractor finds them; and for a property that stands for an
 * attribute, the attribute: `dataset.liveText` -> data-live-text,
 * `ariaCurrent` -> aria-current, `htmlFor` -> htmlfor (and for), `tabIndex` -> tabindex.
 */
export function wordsOfScript(code: string): string[] {
  const kebab = (word: string) => word.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const words = [...(code.match(/[^<>"'`\s]*[^<>"'`\s:]/g) ?? []), ...(code.match(/[\w-]+/g) ?? [])];
  const attributes = [
    ...[...code.matchAll(/\.dataset\.([A-Za-z_$][\w$]*)/g)].map((match) => `data-${kebab(match[1]!)}`),
    ...words.filter((word) => /^[a-z]+[A-Z]\w*$/.test(word)).flatMap((word) => [word.toLowerCase(), kebab(word)]),
    ...(words.includes("htmlFor") ? ["for"] : []),
  ];
  return [...new Set([...words, ...attributes])];
}

export interface PrunedPage {
  /** The page with each `<style>` cut to what can match it; a page without one comes back as it was. */
  html: string;
  /** Bytes of stylesheet in the page, before and after. */
  before: number;
  after: number;
}

export interface CssPruner {
  prune(html: string): Promise<PrunedPage>;
  /** The rules of `css` that can match a page's markup (as lib/export/scan.ts reads it, its own stylesheets aside). */
  cut(css: string, markup: MarkupInPage): Promise<string>;
  /** How many different stylesheets were worked out (pages that can match the same rules share one). */
  readonly distinct: number;
  /** The files of the cache folder this pruner used. */
  readonly cacheFiles: string[];
}

export interface PrunerOptions {
  /** Where cuts are kept between builds (and shared by the threads of one): none, kept in memory only. */
  cacheDir?: string;
  /** What else decides a cut, for the cache's key: this code's and PurgeCSS's version. */
  salt?: string;
}

/** A file written whole or not at all: another thread may be reading the same cache. */
function writeAtomically(file: string, text: string): void {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, file);
}

/**
 * A pruner for the pages of one export. `runtimeWords`: what the site's modules
 * may add to any page. Pages whose markup offers selectors the same things get
 * the same stylesheet, worked out once (and, with a cache folder, once for as
 * long as the stylesheet, the modules and this code stay the same).
 */
export function createCssPruner(runtimeWords: readonly string[], options: PrunerOptions = {}): CssPruner {
  // Per stylesheet (every page carries the same one, as a rule): its vocabulary, and its cuts by what a page offers.
  const sheets = new Map<string, { vocabulary: SelectorVocabulary; cuts: Map<string, Promise<string>> }>();
  const words = [...runtimeWords];
  const used = new Set<string>();
  const cut = async (css: string, page: ReturnType<typeof selectorsInPage>) => {
    const file =
      options.cacheDir &&
      path.join(
        options.cacheDir,
        `${createHash("sha256")
          .update(JSON.stringify([options.salt ?? "", css, words, page]))
          .digest("hex")
          .slice(0, 32)}.css`,
      );
    if (file) used.add(path.basename(file));
    if (file && fs.existsSync(file)) return fs.readFileSync(file, "utf8");
    const result = await purge(css, { ...page, undetermined: words });
    if (file) {
      fs.mkdirSync(options.cacheDir!, { recursive: true });
      writeAtomically(file, result);
    }
    return result;
  };
  const prune = (css: string, markup: MarkupInPage) => {
    let sheet = sheets.get(css);
    if (!sheet) sheets.set(css, (sheet = { vocabulary: selectorVocabulary(css), cuts: new Map() }));
    const page = selectorsInPage(markup, sheet.vocabulary);
    const key = JSON.stringify(page);
    let result = sheet.cuts.get(key);
    if (!result) {
      result = cut(css, page);
      sheet.cuts.set(key, result);
    }
    return result;
  };
  return {
    cut: prune,
    async prune(html) {
      const { styles } = scanPage(html);
      const markup = styles.length === 0 ? undefined : markupInPage(html);
      let out = "";
      let from = 0;
      let before = 0;
      let after = 0;
      for (const style of styles) {
        const css = await prune(style.text, markup!);
        before += Buffer.byteLength(style.text);
        after += Buffer.byteLength(css);
        out += html.slice(from, html.indexOf(">", style.start) + 1) + css + "</style>";
        from = style.end;
      }
      return { html: styles.length === 0 ? html : out + html.slice(from), before, after };
    },
    get distinct() {
      return [...sheets.values()].reduce((sum, sheet) => sum + sheet.cuts.size, 0);
    },
    get cacheFiles() {
      return [...used];
    },
  };
}

/** What PurgeCSS calls a selector: postcss-selector-parser's node, as much of it as is read here. */
interface SelectorNode {
  type: string;
  value?: string;
  nodes?: SelectorNode[];
  parent?: SelectorNode;
}

// Selector parts PurgeCSS looks for in the page; anything else (pseudo-classes, combinators, `*`) it can't judge.
const JUDGED = new Set(["tag", "class", "id", "attribute"]);

/** Inside a :not(), at any depth: what is absent there makes the rule match, not fail. */
function insideNot(selector: SelectorNode): boolean {
  for (let node = selector.parent; node; node = node.parent) {
    if (node.type === "pseudo" && node.value?.toLowerCase() === ":not") return true;
  }
  return false;
}

/**
 * PurgeCSS, except that it keeps what it can't judge. It judges each selector
 * inside :where() and :is() like one outside, even within a :not(), so that
 * - a selector naming nothing it can look for (the `:not(...)` in Tailwind's
 *   `[hidden]:where(:not([hidden=until-found]))`) came out absent, and the rule
 *   that hides every [hidden] element went with it;
 * - `.x` in `:not(:is(.x))` (Tailwind's `not-[.x]:`) came out absent on a page
 *   without .x, where the rule applies.
 * Its judge is a private method; if a new version renames it, this fails loudly.
 */
function purgeCss(): PurgeCSS {
  const purgecss = new PurgeCSS();
  const judge: unknown = Reflect.get(purgecss, "shouldKeepSelector");
  if (typeof judge !== "function") throw new Error("PurgeCSS no longer has shouldKeepSelector: see lib/export/css.ts");
  Reflect.set(
    purgecss,
    "shouldKeepSelector",
    (selector: SelectorNode, found: unknown) =>
      !(selector.nodes ?? []).some((node) => JUDGED.has(node.type)) ||
      insideNot(selector) ||
      judge.call(purgecss, selector, found),
  );
  return purgecss;
}

async function purge(
  css: string,
  selectors: ReturnType<typeof selectorsInPage> & { undetermined: string[] },
): Promise<string> {
  const [result] = await purgeCss().purge({
    // The page's selectors come already extracted: PurgeCSS reads them from this one "file".
    content: [{ raw: " ", extension: "page" }],
    extractors: [{ extensions: ["page"], extractor: () => selectors }],
    css: [{ raw: css }],
  });
  return result?.css ?? css;
}

/** Takes out of the cache folder every file but `used` (what this build's pruners used): cuts of other stylesheets go. */
export function pruneCssCache(cacheDir: string, used: Iterable<string>): number {
  const keep = new Set(used);
  let removed = 0;
  for (const name of fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []) {
    if (keep.has(name)) continue;
    fs.rmSync(path.join(cacheDir, name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * The words of the site's own module files in the export (not Pagefind's):
 * what they may add to any page, for createCssPruner.
 */
export function moduleWords(outDir: string): string[] {
  const modules = walkFiles(outDir).filter((file) => /\.m?js$/.test(file) && !file.startsWith("pagefind/"));
  return [...new Set(modules.flatMap((file) => wordsOfScript(fs.readFileSync(path.join(outDir, file), "utf8"))))];
}
