import { didYouMean, fieldName, unknownFieldMessage } from "./did-you-mean";
import { countProblem, lineLengthProblem, MAX_ITEMS } from "./limits";
import { checkWebAddress } from "./url-policy";
import { canonicalTimeZone, zoneNames } from "../site/zones";

/** One thing wrong with one organizer's file, said so that they can fix it. */
export interface Problem {
  /** Path from the project root, e.g. content/meetups/2016-07-12-wall.md */
  file: string;
  /** The front matter field, e.g. venue.name or `schedule, slot 3 ("Its title"), time`; "file name", "front matter", "body" or "bio" for the rest. */
  field: string;
  /** What was expected and what was found. */
  message: string;
}

// Control characters, bidirectional overrides and line separators are printed as \u{...}, so that a file name
// can't rewrite the lines around it in a terminal.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text as a terminal may safely print it. */
const printable = (text: string) => text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);

/** A message as shown: one that quotes a huge value (250 KB of a link) keeps its start and its end. */
export const messageShown = (message: string) =>
  message.length <= 1000
    ? message
    : `${message.slice(0, 600)} … (${(message.length - 900).toLocaleString("en")} characters left out) … ${message.slice(-300)}`;

export const formatProblem = (p: Problem): string => printable(`${p.file}: ${p.field}: ${messageShown(p.message)}`);

/** A file's first problems are enough to start on: a broken file mustn't bury the others' under thousands of lines. */
export const PROBLEMS_SHOWN_PER_FILE = 20;

/** The problems to show, each file's first PROBLEMS_SHOWN_PER_FILE, and how many more each file has. */
export function firstProblems(problems: Problem[]): { shown: Problem[]; more: Map<string, number> } {
  const seen = new Map<string, number>();
  const shown = problems.filter((p) => {
    const n = (seen.get(p.file) ?? 0) + 1;
    seen.set(p.file, n);
    return n <= PROBLEMS_SHOWN_PER_FILE;
  });
  const more = new Map(
    [...seen].filter(([, n]) => n > PROBLEMS_SHOWN_PER_FILE).map(([f, n]) => [f, n - PROBLEMS_SHOWN_PER_FILE]),
  );
  return { shown, more };
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  const { shown, more } = firstProblems(problems);
  return [
    `${n} problem${n === 1 ? "" : "s"} in the content:`,
    ...shown.map((p) => `  - ${formatProblem(p)}`),
    ...[...more].map(([file, m]) => `  - ${printable(file)}: and ${m.toLocaleString("en")} more problems in this file`),
  ].join("\n");
}

// GitHub's workflow command escaping (as in @actions/core), so that no text of a file can end the command's line
// and start a ::warning:: of its own.
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** A problem as a GitHub Actions annotation on its file: `::error file=...,title=...::message`. */
export const githubAnnotation = (p: Problem) =>
  `::error file=${escapeProperty(p.file)},title=${escapeProperty(p.field)}::${escapeData(messageShown(p.message))}`;

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems));
  }
}

/** Shows a value from front matter in a message, short and unambiguous. */
export function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return printable(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

// No control characters in text, and no line breaks or tabs in a one-line field. U+FFFE, U+FFFF and unpaired
// surrogates (possible through YAML's \u escapes) can't be written in XML, so neither.
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;

/** A character as Unicode names it: U+00A0. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function describeCharacter(c: string): string {
  if (c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029") return "a line break";
  if (c === "\t") return "a tab";
  return `the control character ${codePoint(c)}`;
}

/**
 * Why a piece of text can't be used as it is, or undefined when it can.
 * `from` is where the text starts in the value written, for the message.
 */
export function textProblem(text: string, { multiline = false, what = "text", from = 0 } = {}): string | undefined {
  const control = CONTROL.exec(text);
  if (control) {
    return `expected ${what} without control characters, got ${describeCharacter(control[0])} at character ${from + control.index + 1}`;
  }
  if (!multiline) {
    const br = LINE_BREAK.exec(text);
    if (br) return `expected ${what} on one line, got ${describeCharacter(br[0])} at character ${from + br.index + 1}`;
  }
  return undefined;
}

// Whitespace around a one-line value is an editor's leftover and is trimmed; a break inside the value still stops
// it, so that a title can't add calendar lines.
const isStray = (c: string | undefined) => c === " " || c === "\t" || c === "\r" || c === "\n";

/** Where a value's text starts and ends once stray whitespace around it is left out. */
function strayTrimmed(value: string): { from: number; to: number } {
  let from = 0;
  let to = value.length;
  while (from < to && isStray(value[from])) from++;
  while (to > from && isStray(value[to - 1])) to--;
  return { from, to };
}

// A list's items are named as people count them, from 1, with their title, not as `schedule[1].speakers`.
const ITEM_NOUNS: Record<string, string> = { schedule: "slot", hosts: "host", photos: "photo", social: "link" };

/** An item of a list, for a Problem's field: `schedule, slot 2 ("Its title")`. */
export function itemPath(list: string, index: number, item?: unknown): string {
  const noun = ITEM_NOUNS[list.split(/[.,] ?/).at(-1)!] ?? "item";
  const fields = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {};
  const name = [fields.title, fields.name, fields.label].find(
    (v): v is string => typeof v === "string" && v.trim() !== "",
  );
  return `${list}, ${noun} ${index + 1}${name === undefined ? "" : ` (${shown(name.trim())})`}`;
}

/** A field inside another, for a Problem's field: `venue.name`, or `schedule, slot 2 ("Its title"), speakers` in a list's item. */
export function fieldPath(parent: string, field: string): string {
  if (!parent) return field;
  return parent.includes(", ") ? `${parent}, ${field}` : `${parent}.${field}`;
}

/**
 * Reads typed values out of untyped front matter, collecting a Problem for each
 * field that is not what the contract says instead of stopping at the first.
 */
export class FieldReader {
  constructor(
    readonly file: string,
    readonly data: Record<string, unknown>,
    readonly problems: Problem[] = [],
    readonly prefix = "",
  ) {}

  path(field: string): string {
    return fieldPath(this.prefix, field);
  }

  fail(field: string, message: string): undefined {
    this.problems.push({ file: this.file, field: this.path(field), message });
    return undefined;
  }

  /** The field's value: own fields only, so that "constructor" is nobody's field. */
  value(field: string): unknown {
    return Object.hasOwn(this.data, field) ? this.data[field] : undefined;
  }

  has(field: string): boolean {
    const v = this.value(field);
    return v !== undefined && v !== null && v !== "";
  }

  /** Each field not in `known` is a problem that names it, with the field it was probably meant to be. */
  known(known: readonly string[]): void {
    for (const key of Object.keys(this.data)) {
      if (!known.includes(key)) this.fail(fieldName(key), unknownFieldMessage(key, known));
    }
  }

  private text(field: string, multiline: boolean, opts: { required?: boolean; what?: string }): string | undefined {
    const value = this.value(field);
    const what = opts.what ?? "text";
    if (value === undefined || value === null || value === "") {
      if (opts.required) this.fail(field, `required: expected ${what}, got nothing`);
      return undefined;
    }
    // YAML numbers arrive as the text written (see front-matter.ts), so `title: 1.10` stays "1.10".
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (typeof value !== "string") return this.fail(field, `expected ${what}, got ${shown(value)}`);
    const { from, to } = multiline ? { from: 0, to: value.length } : strayTrimmed(value);
    const text = value.slice(from, to);
    const problem =
      textProblem(text, { multiline, what, from }) ?? (multiline ? undefined : lineLengthProblem(text, what));
    if (problem) return this.fail(field, problem);
    const trimmed = text.trim();
    if (!trimmed && opts.required) return this.fail(field, `required: expected ${what}, got nothing`);
    return trimmed || undefined;
  }

  /** One line of text, without control characters. */
  string(field: string, opts: { required?: boolean; what?: string } = {}): string | undefined {
    return this.text(field, false, opts);
  }

  /** Text that may run over several lines (a summary), without control characters. */
  paragraph(field: string, opts: { required?: boolean; what?: string } = {}): string | undefined {
    return this.text(field, true, opts);
  }

  url(field: string): string | undefined {
    const value = this.string(field, { what: "a URL" });
    if (value === undefined) return undefined;
    const problem = checkWebAddress(value);
    if (problem) return this.fail(field, `${problem}, got ${shown(value)}`);
    return value;
  }

  /** An IANA time zone, by its canonical name. */
  timeZone(field: string, required = false): string | undefined {
    const what = `an IANA time zone like "Asia/Jerusalem"`;
    const zone = this.string(field, { required, what });
    if (zone === undefined) return undefined;
    const guess = zone.length <= 64 ? didYouMean(zone, zoneNames()) : undefined;
    return (
      canonicalTimeZone(zone) ??
      this.fail(field, `expected ${what}, got ${shown(zone)}${guess ? `: did you mean "${guess}"?` : ""}`)
    );
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.value(field);
    if (value === undefined || value === null) return fallback;
    if (typeof value === "boolean") return value;
    return this.fail(field, `expected true or false, got ${shown(value)}`) ?? fallback;
  }

  /** A word, a space- or comma-separated string, or a list of words. */
  words(field: string): string[] {
    const value = this.value(field);
    if (value === undefined || value === null || value === "") return [];
    const list =
      typeof value === "string" || typeof value === "number"
        ? String(value).split(/[\s,]+/)
        : Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")
          ? value.map((v) => String(v).trim())
          : undefined;
    if (!list) return this.fail(field, `expected a word or a list of words, got ${shown(value)}`) ?? [];
    const tooMany = countProblem(list.length, MAX_ITEMS, "words");
    if (tooMany) return this.fail(field, tooMany) ?? [];
    return list.filter((word, i) => {
      const problem = textProblem(word) ?? lineLengthProblem(word, "a word");
      if (problem) this.fail(Array.isArray(value) ? `${field}[${i}]` : field, problem);
      return word !== "" && !problem;
    });
  }

  /** A nested mapping, read with its own reader so that problems name the full path. */
  object(field: string): FieldReader | undefined {
    const value = this.value(field);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "object" || Array.isArray(value)) {
      return this.fail(field, `expected a mapping of fields, got ${shown(value)}`);
    }
    return new FieldReader(this.file, value as Record<string, unknown>, this.problems, this.path(field));
  }

  list(field: string): FieldReader[] {
    const value = this.value(field);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.fail(field, `expected a list, got ${shown(value)}`) ?? [];
    const tooMany = countProblem(value.length, MAX_ITEMS, "items");
    if (tooMany) return this.fail(field, tooMany) ?? [];
    return value.flatMap((item, i) => {
      const at = itemPath(this.path(field), i, item);
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        this.problems.push({ file: this.file, field: at, message: `expected a mapping of fields, got ${shown(item)}` });
        return [];
      }
      return [new FieldReader(this.file, item as Record<string, unknown>, this.problems, at)];
    });
  }
}
