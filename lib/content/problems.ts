/** One thing wrong with one organizer's file, said so that they can fix it. */
export interface Problem {
  /** Path from the project root, e.g. content/meetups/2016-07-12-wall.md */
  file: string;
  /** The front matter field, e.g. schedule[2].time; "file" for the file as a whole. */
  field: string;
  /** What was expected and what was found. */
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return [
    `${n} problem${n === 1 ? "" : "s"} in the content:`,
    ...problems.map((p) => `  - ${formatProblem(p)}`),
  ].join("\n");
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
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
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

  has(field: string): boolean {
    const v = this.data[field];
    return v !== undefined && v !== null && v !== "";
  }

  string(field: string, opts: { required?: boolean; what?: string } = {}): string | undefined {
    const value = this.data[field];
    if (value === undefined || value === null || value === "") {
      if (opts.required) this.fail(field, `required: expected ${opts.what ?? "text"}, got nothing`);
      return undefined;
    }
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (typeof value !== "string") return this.fail(field, `expected ${opts.what ?? "text"}, got ${shown(value)}`);
    const trimmed = value.trim();
    if (!trimmed && opts.required) return this.fail(field, `required: expected ${opts.what ?? "text"}, got nothing`);
    return trimmed || undefined;
  }

  url(field: string): string | undefined {
    const value = this.string(field, { what: "a URL" });
    if (value === undefined) return undefined;
    if (!isHttpUrl(value)) return this.fail(field, `expected a URL starting with https:// or http://, got ${shown(value)}`);
    return value;
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.data[field];
    if (value === undefined || value === null) return fallback;
    if (typeof value === "boolean") return value;
    this.fail(field, `expected true or false, got ${shown(value)}`);
    return fallback;
  }

  /** A word, a space- or comma-separated string, or a list of words. */
  words(field: string): string[] {
    const value = this.data[field];
    if (value === undefined || value === null || value === "") return [];
    if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
    if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
      return value.map((v) => String(v).trim()).filter(Boolean);
    }
    this.fail(field, `expected a word or a list of words, got ${shown(value)}`);
    return [];
  }

  /** A nested mapping, read with its own reader so that problems name the full path. */
  object(field: string): FieldReader | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "object" || Array.isArray(value)) {
      return this.fail(field, `expected a mapping of fields, got ${shown(value)}`);
    }
    return new FieldReader(this.file, value as Record<string, unknown>, this.problems, this.path(field));
  }

  list(field: string): FieldReader[] {
    const value = this.data[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.fail(field, `expected a list, got ${shown(value)}`);
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

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
