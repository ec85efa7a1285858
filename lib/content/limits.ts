import { Parser, type CST } from "yaml";

// Sizes far above any real meetup's, so one file can't stall or bloat the build: it is refused before the
// slow work (parsing YAML, rendering Markdown). The organizer guide lists them.

/** Bytes in one content file: checked before it is read. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Slots in one meetup's schedule. */
export const MAX_SLOTS = 500;
/** Items in any other list, and fields in any mapping, of front matter. */
export const MAX_ITEMS = 1000;
/** Lists and mappings inside one another, in front matter. */
const MAX_DEPTH = 20;
/** Characters in a one-line field (a title, a name, a URL). */
const MAX_LINE = 2000;
/** Characters in a written summary (or a Jekyll excerpt). */
export const MAX_SUMMARY = 1000;
/** A summary taken from the body is cut, at a word, to about this many characters. */
export const DERIVED_SUMMARY = 300;
/** Characters in a topic: its address is a folder name. */
export const MAX_TOPIC = 60;
/** Topics of one meetup. */
export const MAX_TOPICS = 50;
/** Markdown: link brackets and emphasis marks ([ ] * _ ~) in one paragraph. */
const MAX_PARAGRAPH_MARKS = 500;
/** Markdown: lines of one paragraph, list or table (no blank line between them). */
const MAX_PARAGRAPH_LINES = 1000;
/** Markdown: quotes and lists inside one another. */
const MAX_MARKDOWN_NESTING = 20;
/** Markdown: "|" in one line (a table's columns: every row gets as many cells as its first). */
const MAX_LINE_PIPES = 200;
/** Markdown: "<" in one paragraph (inline HTML and comments, which the reader scans again and again). */
const MAX_PARAGRAPH_TAGS = 2000;
/** Markdown: cells of a file's tables as rendered (each row gets as many cells as its table's header). */
const MAX_TABLE_CELLS = 5000;
/** Markdown: block quotes, and headings underlined with = or -, in one file (the reader copies its work at each). */
const MAX_QUOTES = 500;
const MAX_UNDERLINED = 200;

/** What a file's Markdown texts have used of the counted limits, carried from one text to the next. */
export interface MarkdownCounts {
  cells: number;
  quotes: number;
  underlined: number;
}
export const noMarkdownYet = (): MarkdownCounts => ({ cells: 0, quotes: 0, underlined: 0 });
/** Markdown: what one text renders to, in characters (a link reference used many times repeats its address). */
export const MAX_RENDERED = 2 * 1024 * 1024;

const number = (n: number) => n.toLocaleString("en-US");

/** "256 KB", "5.2 MB" */
export function byteSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file of `bytes` bytes is too big to read, or undefined. */
export function fileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return `expected a file of at most ${byteSize(MAX_FILE_BYTES)}, got ${byteSize(bytes)}: a meetup's or a speaker's page never needs that much; put a long log or listing in a file under public/ and link it`;
}

/** Why a list of `count` items (`what`: "slots", "items") is too long, or undefined. */
export function countProblem(count: number, max: number, what: string): string | undefined {
  return count > max ? `expected at most ${number(max)} ${what}, got ${number(count)}` : undefined;
}

/** Why a one-line value is too long, or undefined. */
export function lineLengthProblem(text: string, what: string, max = MAX_LINE): string | undefined {
  return text.length > max
    ? `expected ${what} of at most ${number(max)} characters, got ${number(text.length)}`
    : undefined;
}

/** The line `offset` of `text` is on, counted from `firstLine` (the file's line of the text's first). */
export function lineAtOffset(text: string, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Why the YAML nests deeper than MAX_DEPTH or has a mapping of more than MAX_ITEMS fields, or undefined. Read
 * from the syntax tree: building from it is recursive, and slow for a mapping with very many keys.
 */
export function yamlShapeProblem(source: string, firstLine = 1): string | undefined {
  const lineAt = (offset: number) => lineAtOffset(source, offset, firstLine);
  // Walked with a stack, not recursion: the tree may be 100,000 levels deep.
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of new Parser().parse(source)) stack.push({ token, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === "document") {
      if (token.value) stack.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (depth >= MAX_DEPTH) {
      return `expected fields nested at most ${MAX_DEPTH} deep (lists and mappings inside one another), got deeper ones (line ${lineAt(token.offset)})`;
    }
    const isMap = token.type === "block-map" || (token.type === "flow-collection" && token.start.source === "{");
    if (isMap && token.items.length > MAX_ITEMS) {
      return `expected a mapping of at most ${number(MAX_ITEMS)} fields, got ${number(token.items.length)} (line ${lineAt(token.offset)})`;
    }
    for (const item of token.items) {
      if ("key" in item && item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Why rendering a Markdown text would take far longer than its size says (past a MAX_ limit above), or undefined.
 * `counts` carries a file's totals from one text to the next; fenced code is exempt; `line` counts from 1.
 */
export function markdownShapeProblem(
  text: string,
  counts: MarkdownCounts = noMarkdownYet(),
): { line: number; message: string } | undefined {
  const lines = text.split("\n");
  let fence: { char: string; length: number } | undefined;
  // Inside raw HTML a ``` line is not a fence: until the block can be over, no fence is taken as one.
  let html: RegExp | "blank" | undefined;
  let runStart = 0;
  let runLines = 0;
  let runMarks = 0;
  let runTags = 0;
  let tableColumns = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
      if (close && close[0] === fence.char && close.length >= fence.length) fence = undefined;
      continue;
    }
    if (/^[ \t]*$/.test(line)) {
      runLines = 0;
      runMarks = 0;
      tableColumns = 0;
      if (html === "blank") html = undefined;
      continue;
    }
    const previous = runLines > 0 ? lines[i - 1]! : "";
    // A table starts at its delimiter row (|---|:--:|) under a header; each row after it is as wide.
    if (!tableColumns && previous && /^[ \t|:-]+$/.test(line) && line.includes("|") && line.includes("-")) {
      tableColumns = line.split("|").filter((cell) => cell.includes("-")).length;
    }
    const quote = /^ {0,3}>/.test(line) && !/^ {0,3}>/.test(previous);
    const underline = runLines > 0 && /^ {0,3}(?:=+|-+)[ \t]*$/.test(line);
    counts.cells += tableColumns;
    counts.quotes += Number(quote);
    counts.underlined += Number(underline);
    // Said at the line that goes past a limit, in whichever text of the file it is.
    const counted =
      (tableColumns > 0 &&
        counts.cells > MAX_TABLE_CELLS &&
        `expected tables of at most ${number(MAX_TABLE_CELLS)} cells in one file (each row has as many as its table's header), got more by this line: put a large table in a file under public/ and link it`) ||
      (quote &&
        counts.quotes > MAX_QUOTES &&
        `expected at most ${MAX_QUOTES} quotes (blocks of lines starting with ">") in one file, got more by this line: quote a long passage as one block`) ||
      (underline &&
        counts.underlined > MAX_UNDERLINED &&
        `expected at most ${MAX_UNDERLINED} headings underlined with = or - in one file, got more by this line: write headings with # instead`);
    if (counted) return { line: i + 1, message: counted };
    if (html instanceof RegExp && html.test(line)) html = undefined;
    else if (html === undefined) {
      const open = !line.startsWith(" ") && !line.startsWith("\t") ? /^(`{3,})[^`]*$|^(~{3,})/.exec(line) : null;
      if (open) {
        const marker = open[1] ?? open[2]!;
        fence = { char: marker[0]!, length: marker.length };
        runLines = 0;
        runMarks = 0;
        continue;
      }
      html = htmlBlockEnd(line);
    }
    if (runLines === 0) {
      runStart = i;
      runTags = 0;
    }
    runLines++;
    let pipes = 0;
    for (let c = 0; c < line.length; c++) {
      const code = line.charCodeAt(c);
      // [ ] * _ ~
      if (code === 91 || code === 93 || code === 42 || code === 95 || code === 126) runMarks++;
      else if (code === 124) pipes++;
      else if (code === 60) runTags++;
    }
    if (pipes > MAX_LINE_PIPES) {
      return {
        line: i + 1,
        message: `expected a table of at most ${MAX_LINE_PIPES} columns (a line with at most ${MAX_LINE_PIPES} "|"), got ${number(pipes)}: put a wide table in a file under public/ and link it`,
      };
    }
    if (runTags > MAX_PARAGRAPH_TAGS) {
      return {
        line: runStart + 1,
        message: `expected a paragraph with at most ${number(MAX_PARAGRAPH_TAGS)} "<", got more from this line on: put blank lines between paragraphs, and code between \`\`\` lines`,
      };
    }
    if (runLines > MAX_PARAGRAPH_LINES) {
      return {
        line: runStart + 1,
        message: `expected a paragraph, list or table of at most ${number(MAX_PARAGRAPH_LINES)} lines, got more from this line on without a blank line: put blank lines between paragraphs, and a log or listing between \`\`\` lines`,
      };
    }
    if (runMarks > MAX_PARAGRAPH_MARKS) {
      return {
        line: runStart + 1,
        message: `expected a paragraph with at most ${number(MAX_PARAGRAPH_MARKS)} of the characters [ ] * _ ~, got more from this line on: put blank lines between paragraphs, and a log or code between \`\`\` lines`,
      };
    }
    if (nesting(line) > MAX_MARKDOWN_NESTING) {
      return {
        line: i + 1,
        message: `expected quotes and lists nested at most ${MAX_MARKDOWN_NESTING} deep, got deeper ones`,
      };
    }
  }
  return undefined;
}

/** How many quotes and list items a line opens at its start, counting deep indentation as nesting too. */
function nesting(line: string): number {
  // "- - - -" and "* * *" are a line across the page, not lists.
  if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) return 0;
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
  let depth = 0;
  let rest = line.trimStart();
  for (;;) {
    const marker = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/.exec(rest);
    if (!marker) break;
    depth++;
    rest = rest.slice(marker[0].length);
  }
  return depth === 0 ? 0 : depth + Math.floor(indent / 2);
}

/**
 * Where a raw HTML block that starts on `line` can end, as CommonMark says; undefined when it starts none.
 * Taken widely on purpose: any "<" may start one.
 */
function htmlBlockEnd(line: string): RegExp | "blank" | undefined {
  const start = /^ {0,3}<(.*)$/.exec(line)?.[1];
  if (start === undefined) return undefined;
  // Each kind's closing text, and the rest of the first line, where it may already be.
  const kinds: [RegExp, RegExp][] = [
    [/^(?:script|pre|style|textarea)(?=\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^!--/, /-->/],
    [/^\?/, /\?>/],
    [/^!\[CDATA\[/, /\]\]>/],
    [/^![A-Za-z]/, />/],
  ];
  for (const [opening, end] of kinds) {
    const open = opening.exec(start);
    if (open) return end.test(start.slice(open[0].length)) ? undefined : end;
  }
  return "blank";
}
