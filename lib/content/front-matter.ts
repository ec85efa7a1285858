import YAML, { LineCounter, type ScalarTag } from "yaml";
import { firstAtLeast, yamlAdvisor } from "./yaml-advice";
import { byteSize, MAX_FILE_BYTES, yamlShapeProblem } from "./limits";
import { codePoint } from "./problems";

// Front matter is YAML and nothing else, read in the `yaml` package's safe core schema: nothing in a file is run.

interface FrontMatter {
  data: Record<string, unknown>;
  /** The Markdown after the front matter, with LF line ends. */
  body: string;
  /** The line of the file on which the body starts (1-based). */
  bodyLine: number;
}

type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: string[] };

// YAML's numbers reach the readers as written (`title: 1.10` stays "1.10"): a field that wants a number reads it
// from that text.
const numbersAsText = (tags: YAML.Tags) =>
  tags.map((tag) => {
    const t = tag as ScalarTag;
    return /:(int|float)$/.test(t.tag) ? { ...t, resolve: (source: string) => source } : tag;
  });

/** YAML 1.2's core schema: no merge keys, no key twice. */
export const YAML_OPTIONS = { schema: "core", version: "1.2", merge: false, uniqueKeys: true } as const;

const PARSE_OPTIONS = {
  ...YAML_OPTIONS,
  // "error", not "silent": silent also drops a second document (after "..." or
  // "---") without a word; neither level prints anything.
  logLevel: "error",
  customTags: numbersAsText,
  // The pretty message copies the error's whole line: slow for thousands of errors on one long line.
  prettyErrors: false,
} as const satisfies YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions;

// `!!str` is the only tag needed to write text that looks like something else.
const PLAIN_TAGS = new Set(["tag:yaml.org,2002:str"]);

/** The first line of a YAML message, with the position given in lines of the file. */
function yamlMessage(error: YAML.YAMLError, firstLine: number, invisible: string | undefined): string {
  const reason = error.message.split("\n")[0]!;
  const line = error.linePos?.[0]?.line;
  const where = line === undefined ? reason : `${reason} (line ${line + firstLine - 1})`;
  return invisible ? `${where}, probably because of ${invisible}, which most editors don't show: delete it` : where;
}

// Characters an editor shows as nothing or as a space, that YAML reads as text: the usual reason a file that looks
// right doesn't parse. A CR before an LF is a Windows line end, not one of them.
const INVISIBLE =
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u00a0\u00ad\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

const INVISIBLE_NAMES: Record<string, string> = {
  "\r": "a carriage return",
  "\u0085": "a next-line character",
  "\u00a0": "a no-break space",
  "\u00ad": "a soft hyphen",
  "\u200b": "a zero-width space",
  "\u200c": "a zero-width non-joiner",
  "\u200d": "a zero-width joiner",
  "\u200e": "a left-to-right mark",
  "\u200f": "a right-to-left mark",
  "\u2028": "a line separator",
  "\u2029": "a paragraph separator",
  "\u202f": "a narrow no-break space",
  "\u2060": "a word joiner",
  "\u3000": "an ideographic space",
  "\ufeff": "a byte order mark",
};

function nameOf(c: string): string {
  const name =
    INVISIBLE_NAMES[c] ??
    (c <= "\u009f" ? "a control character" : c <= "\u200a" ? "a space of another width" : "an invisible character");
  return `${name} (${codePoint(c)})`;
}

/**
 * A text's lines and invisible characters, found once: looking them up anew for
 * each of thousands of errors or tags took time in the square of the text.
 */
function sourceMap(source: string) {
  const starts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  const invisibles = [...source.matchAll(INVISIBLE)].map((m) => m.index);
  /** The line of an offset, from 1: how many lines start at or before it. */
  const lineOf = (offset: number) => firstAtLeast(starts, offset + 1);
  return { starts, invisibles, lineOf };
}
type SourceMap = ReturnType<typeof sourceMap>;

/**
 * The first invisible character from the line before an error to the end of its own line (an unclosed quote
 * shows on the line after the cause), named with its place in the file.
 */
function invisibleNear(
  source: string,
  map: SourceMap,
  pos: [number, number] | undefined,
  firstLine: number,
): string | undefined {
  if (!pos) return undefined;
  const { starts, invisibles, lineOf } = map;
  const from = starts[Math.max(lineOf(pos[0]) - 2, 0)]!;
  const end = starts[lineOf(Math.max(pos[1], pos[0], 0))];
  const lineEnd = end === undefined ? source.length : end - 1;
  const at = invisibles[firstAtLeast(invisibles, from)];
  if (at === undefined || at >= lineEnd) return undefined;
  const line = lineOf(at);
  const column = at - starts[line - 1]! + 1;
  return `${nameOf(source[at]!)} at line ${line + firstLine - 1}, column ${column}`;
}

/**
 * Where a file's lines end, told by its first line. A lone CR in an LF or CRLF file is text, as the `yaml` package
 * reads it; in a file whose lines all end in a lone CR, those are its line ends.
 */
function lineBreaks(text: string): { breaks: RegExp; crOnly: boolean } {
  const first = /\r\n?|\n/.exec(text)?.[0];
  return first === "\r" ? { breaks: /\r\n?|\n/g, crOnly: true } : { breaks: /\r?\n/g, crOnly: false };
}

/** Splits a file into YAML front matter, read safely, and a Markdown body. */
export function readFrontMatter(fileText: string): FrontMatterResult {
  const text = fileText.replace(/^\uFEFF/, "");
  const { breaks, crOnly } = lineBreaks(text);
  const toLf = (s: string) => s.replace(/\r\n?/g, "\n");
  // A line as written, from its start: its text, and where the next one starts (none after the last).
  const lineAt = (start: number) => {
    breaks.lastIndex = start;
    const m = breaks.exec(text);
    return { start, text: text.slice(start, m ? m.index : text.length), next: m ? m.index + m[0].length : undefined };
  };
  const first = lineAt(0);
  const opening = first.text.trimEnd();

  if (!opening.startsWith("---")) {
    if (/^(\+\+\+|;;;|\{)/.test(opening)) {
      return {
        ok: false,
        problems: [
          `expected YAML front matter between --- lines, got ${JSON.stringify(opening)}: front matter in another language is not read`,
        ],
      };
    }
    // No front matter: the whole file is the body (and the required fields are missing).
    return { ok: true, value: { data: {}, body: toLf(text), bodyLine: 1 } };
  }
  const language = opening.slice(3).trim();
  if (language !== "" && !/^ya?ml$/i.test(language)) {
    return {
      ok: false,
      problems: [
        `expected YAML front matter opened by a line "---", got ${JSON.stringify(opening)}, which asks for another language: only YAML is read, and nothing in a file is ever run`,
      ],
    };
  }

  let closing = first;
  let closingLine = 1;
  do {
    if (closing.next === undefined) {
      return { ok: false, problems: ['expected a line "---" that closes the front matter opened on line 1'] };
    }
    closing = lineAt(closing.next);
    closingLine++;
  } while (!/^---[ \t]*$/.test(closing.text));
  const written = text.slice(first.next, closing.start);
  // The yaml package reads LF and CRLF as line ends, not a CR alone: a file written that way is given to it with LF.
  const front = crOnly ? toLf(written) : written;
  const body = closing.next === undefined ? "" : toLf(text.slice(closing.next));

  const parsed = readYaml(front, { firstLine: 2, fields: "fields between --- lines (name: value)" });
  if (!parsed.ok) return parsed;
  return { ok: true, value: { data: parsed.data, body, bodyLine: closingLine + 1 } };
}

/**
 * The problems of YAML that didn't parse. A slip with plain advice (yaml-advice.ts)
 * leaves out the parser's other errors, which are its echoes further down.
 */
function yamlProblems(errors: YAML.YAMLError[], source: string, map: SourceMap, firstLine: number): string[] {
  const advice = yamlAdvisor(source.split("\n"), firstLine);
  const said = errors.map((e) => {
    if (e.code === "MULTIPLE_DOCS") {
      const line = (e.linePos?.[0]?.line ?? 1) + firstLine - 1;
      return {
        advised: true,
        text: `expected one YAML document, got another after a "..." or "---" line (line ${line}): put every field in one`,
      };
    }
    // An invisible character explains more than advice that reads the line as written.
    const invisible = invisibleNear(source, map, e.pos, firstLine);
    const advised = invisible ? undefined : advice(e);
    return advised
      ? { advised: true, text: advised }
      : { advised: invisible !== undefined, text: `expected valid YAML: ${yamlMessage(e, firstLine, invisible)}` };
  });
  const shown = said.some((s) => s.advised) ? said.filter((s) => s.advised) : said;
  return [...new Set(shown.map((s) => s.text))];
}

/** Reads YAML that must be a mapping of fields (front matter, the site's settings); lines count from `firstLine`. */
export function readYaml(
  source: string,
  { firstLine = 1, fields = "fields (name: value)" }: { firstLine?: number; fields?: string } = {},
): { ok: true; data: Record<string, unknown> } | { ok: false; problems: string[] } {
  const shape = yamlShapeProblem(source, firstLine);
  if (shape) return { ok: false, problems: [shape] };
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(source, { ...PARSE_OPTIONS, lineCounter });
  const errors = [...doc.errors, ...doc.warnings];
  // The positions prettyErrors would have given, without its copy of the line.
  for (const e of errors)
    if (e.pos[0] !== -1) e.linePos = [lineCounter.linePos(e.pos[0]), lineCounter.linePos(e.pos[1])];
  let map: SourceMap | undefined;
  const mapped = () => (map ??= sourceMap(source));
  const problems = errors.length > 0 ? yamlProblems(errors, source, mapped(), firstLine) : [];
  YAML.visit(doc, {
    Node(_key, node) {
      if (node.tag && !PLAIN_TAGS.has(node.tag)) {
        const line = node.range ? mapped().lineOf(node.range[0]) + firstLine - 1 : undefined;
        problems.push(
          `expected plain YAML values, got the tag ${JSON.stringify(node.tag.replace("tag:yaml.org,2002:", "!!"))}${line ? ` (line ${line})` : ""}: tags are not read`,
        );
      }
    },
  });
  if (problems.length > 0) return { ok: false, problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, problems: [`expected valid YAML: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (data === null || data === undefined) data = {};
  // An alias (*name) repeats what its anchor (&name) holds: read out, the fields stay near a file's size (twice
  // it, for what JSON escapes).
  let readOut: number;
  try {
    readOut = JSON.stringify(data).length;
  } catch {
    return { ok: false, problems: ["expected fields that end: an alias (*name) is inside its own anchor (&name)"] };
  }
  if (readOut > 2 * MAX_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        `expected fields of at most ${byteSize(2 * MAX_FILE_BYTES)} as read, got ${byteSize(readOut)}: an alias (*name) repeats all its anchor (&name) holds; write each value once`,
      ],
    };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, problems: [`expected ${fields}, got a single value or a list`] };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

/**
 * A Markdown file from front matter and a body, as an organizer would write it:
 * clock times quoted ("19:00" unquoted is a number to YAML 1.1 readers), no folding.
 */
export function toMarkdownFile(front: Record<string, unknown>, body: string): string {
  const doc = new YAML.Document(front);
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body ? `${body}\n` : ""}`;
}
