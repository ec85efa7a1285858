import { unknownFieldMessage } from "./fields";
import { countProblem, lineLengthProblem, MAX_ITEMS } from "./limits";
import { checkWebAddress } from "./url-policy";

/** One thing wrong with one organizer's file, said so that they can fix it. */
export interface Problem {
  /** Path from the project root, e.g. content/meetups/2016-07-12-wall.md */
  file: string;
  /** The front matter field, e.g. schedule[2].time; "file name", "front matter", "body" or "bio" for the rest. */
  field: string;
  /** What was expected and what was found. */
  message: string;
}

// Control characters, bidirectional overrides and line separators are shown
// as \u{...} in what a terminal prints, so a file name can't rewrite the lines
// around it.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text as a terminal may safely print it. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

export function formatProblem(p: Problem): string {
  return printable(`${p.file}: ${p.field}: ${p.message}`);
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return [
    `${n} problem${n === 1 ? "" : "s"} in the content:`,
    ...problems.map((p) => `  - ${formatProblem(p)}`),
  ].join("\n");
}

// GitHub's workflow command escaping (as in @actions/core): "%", CR and LF in
// the message, and also ":" and "," in a property, so that no text of a file
// can end the command's line and start a ::warning:: of its own.
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** A problem as a GitHub Actions annotation on its file: `::error file=...,title=...::message`. */
export function githubAnnotation(p: Problem, level: "error" | "warning" = "error"): string {
  return `::${level} file=${escapeProperty(p.file)},title=${escapeProperty(p.field)}::${escapeData(p.message)}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
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

// Text fields carry no control characters: one-line fields (titles, names,
// venue, topics, roles, times, URLs, paths) have no line breaks or tabs either;
// multi-line text (a summary) and Markdown (body, abstract, bio, directions)
// may have line breaks and tabs. U+FFFE, U+FFFF and unpaired surrogates
// (possible through YAML's \u escapes) can't be written in XML, so neither.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;

function describeCharacter(c: string): string {
  if (c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029") return "a line break";
  if (c === "\t") return "a tab";
  return `the control character U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Why a piece of text can't be used as it is, or undefined when it can. */
export function textProblem(text: string, { multiline = false, what = "text" } = {}): string | undefined {
  const control = CONTROL.exec(text);
  if (control) {
    return `expected ${what} without control characters, got ${describeCharacter(control[0])} at character ${control.index + 1}`;
  }
  if (!multiline) {
    const br = LINE_BREAK.exec(text);
    if (br) return `expected ${what} on one line, got ${describeCharacter(br[0])} at character ${br.index + 1}`;
  }
  return undefined;
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
    return this.prefix ? `${this.prefix}.${field}` : field;
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
      if (!known.includes(key)) this.fail(key, unknownFieldMessage(key, known));
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
    const problem = textProblem(value, { multiline, what }) ?? (multiline ? undefined : lineLengthProblem(value, what));
    if (problem) return this.fail(field, problem);
    const trimmed = value.trim();
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

  /** Markdown text: several lines, tabs allowed, no other control characters. */
  markdown(field: string): string | undefined {
    return this.text(field, true, { what: "Markdown text" });
  }

  url(field: string): string | undefined {
    const value = this.string(field, { what: "a URL" });
    if (value === undefined) return undefined;
    const problem = checkWebAddress(value);
    if (problem) return this.fail(field, `${problem}, got ${shown(value)}`);
    return value;
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.value(field);
    if (value === undefined || value === null) return fallback;
    if (typeof value === "boolean") return value;
    this.fail(field, `expected true or false, got ${shown(value)}`);
    return fallback;
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
    if (!list) {
      this.fail(field, `expected a word or a list of words, got ${shown(value)}`);
      return [];
    }
    const tooMany = countProblem(list.length, MAX_ITEMS, "words");
    if (tooMany) {
      this.fail(field, tooMany);
      return [];
    }
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
    if (!Array.isArray(value)) {
      this.fail(field, `expected a list, got ${shown(value)}`);
      return [];
    }
    const tooMany = countProblem(value.length, MAX_ITEMS, "items");
    if (tooMany) {
      this.fail(field, tooMany);
      return [];
    }
    return value.flatMap((item, i) => {
      const at = `${this.path(field)}[${i}]`;
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        this.problems.push({ file: this.file, field: at, message: `expected a mapping of fields, got ${shown(item)}` });
        return [];
      }
      return [new FieldReader(this.file, item as Record<string, unknown>, this.problems, at)];
    });
  }
}

/** Kept for callers that only need a yes or no; the policy is lib/content/url-policy.ts. */
export function isHttpUrl(value: string): boolean {
  return checkWebAddress(value) === undefined;
}
