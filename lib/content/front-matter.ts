import YAML, { type ScalarTag } from "yaml";
import { yamlShapeProblem } from "./limits";

// Front matter is YAML and nothing else. gray-matter, which read it before,
// evaluates `---js` front matter with eval(); this splitter only ever hands
// text to the `yaml` package, in its safe core schema, with its alias limit.

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The Markdown after the front matter, with LF line ends. */
  body: string;
  /** The line of the file on which the body starts (1-based). */
  bodyLine: number;
}

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; problems: string[] };

// YAML's numbers reach the readers as the text that was written: `title: 1.10`
// stays "1.10", `title: 0x1F` stays "0x1F"; a field that wants a number reads
// it from that text. Booleans and null keep YAML's meaning.
const numbersAsText = (tags: YAML.Tags) =>
  tags.map((tag) => {
    const t = tag as ScalarTag;
    return /:(int|float)$/.test(t.tag) ? { ...t, resolve: (source: string) => source } : tag;
  });

const PARSE_OPTIONS = {
  schema: "core",
  version: "1.2",
  merge: false,
  uniqueKeys: true,
  // "error", not "silent": silent also drops a second document (after "..." or
  // "---") without a word; neither level prints anything.
  logLevel: "error",
  customTags: numbersAsText,
} as const satisfies YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions;

// `!!str` is the only tag needed to write text that looks like something else.
const PLAIN_TAGS = new Set(["tag:yaml.org,2002:str"]);

/** The first line of a YAML message, with the position given in lines of the file. */
function yamlMessage(error: YAML.YAMLError, firstLine: number): string {
  const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const line = error.linePos?.[0]?.line;
  return line === undefined ? reason : `${reason} (line ${line + firstLine - 1})`;
}

/** Splits a file into YAML front matter, read safely, and a Markdown body. */
export function readFrontMatter(fileText: string): FrontMatterResult {
  const text = fileText.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const firstBreak = text.indexOf("\n");
  const opening = (firstBreak < 0 ? text : text.slice(0, firstBreak)).trimEnd();

  if (!opening.startsWith("---")) {
    if (/^(\+\+\+|;;;|\{)/.test(opening)) {
      return {
        ok: false,
        problems: [`expected YAML front matter between --- lines, got ${JSON.stringify(opening)}: front matter in another language is not read`],
      };
    }
    // No front matter: the whole file is the body (and the required fields are missing).
    return { ok: true, value: { data: {}, body: text, bodyLine: 1 } };
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

  const rest = firstBreak < 0 ? "" : text.slice(firstBreak + 1);
  const closing = /^---[ \t]*$/m.exec(rest);
  if (!closing) return { ok: false, problems: ['expected a line "---" that closes the front matter opened on line 1'] };
  const front = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length);
  const body = afterClosing.startsWith("\n") ? afterClosing.slice(1) : afterClosing;
  const bodyLine = front.split("\n").length + 2;

  const parsed = readYaml(front, { firstLine: 2, fields: "fields between --- lines (name: value)" });
  if (!parsed.ok) return parsed;
  return { ok: true, value: { data: parsed.data, body, bodyLine } };
}

/**
 * Reads YAML text that must be a mapping of fields (front matter, the site's
 * settings): the core schema, no tags but !!str, no duplicate keys, aliases
 * within a limit. Messages name lines of the file, from `firstLine` on.
 */
export function readYaml(
  source: string,
  { firstLine = 1, fields = "fields (name: value)" }: { firstLine?: number; fields?: string } = {},
): { ok: true; data: Record<string, unknown> } | { ok: false; problems: string[] } {
  const shape = yamlShapeProblem(source, firstLine);
  if (shape) return { ok: false, problems: [shape] };
  const doc = YAML.parseDocument(source, PARSE_OPTIONS);
  const problems = [...doc.errors, ...doc.warnings].map((e) =>
    e.code === "MULTIPLE_DOCS"
      ? `expected one YAML document, got another after a "..." or "---" line (line ${(e.linePos?.[0]?.line ?? 1) + firstLine - 1}): put every field in one`
      : `expected valid YAML: ${yamlMessage(e, firstLine)}`,
  );
  YAML.visit(doc, {
    Node(_key, node) {
      if (node.tag && !PLAIN_TAGS.has(node.tag)) {
        const line = node.range ? source.slice(0, node.range[0]).split("\n").length + firstLine - 1 : undefined;
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
