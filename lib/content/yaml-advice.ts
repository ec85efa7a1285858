import type YAML from "yaml";

// The YAML slips organizers make, said as what to write instead: the parser's
// own words ("Nested mappings are not allowed in compact mappings") name its
// grammar, not the colon in a talk's title.

/** A line of the YAML text, without its line end (1-based). */
const lineOf = (lines: string[], n: number) => (lines[n - 1] ?? "").replace(/\r$/, "");

const indent = (line: string) => /^ */.exec(line)![0].length;

/** A value in quotes, as YAML reads it back: double quotes, or single ones when it holds a double quote. */
function quoted(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

// `title: Memory Tiering: CXL Night`, also as a list item (`- title: ...`).
// The value starts at its first non-space: "\s+(.*?:" took time in the square of the spaces before it.
const FIELD_WITH_COLON = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s+(\S.*?:(?:\s.*)?)\s*$/;

function colonAdvice(line: string): string | undefined {
  const m = FIELD_WITH_COLON.exec(line);
  if (!m || /^["'[{|>]/.test(m[2]!)) return undefined;
  const [, field, value] = m;
  return `a ${field} with a colon needs quotes: ${field}: ${quoted(value!)}`;
}

/**
 * The first value that opens a quote and never closes it: its line and field.
 * A quoted value may run over lines, so a quote closed further down is passed.
 */
function unclosedQuote(lines: string[], upTo: number): { line: number; field?: string; quote: string } | undefined {
  const closes = (text: string, quote: string) =>
    quote === '"' ? /"/.test(text.replace(/\\./g, "")) : /'/.test(text.replace(/''/g, ""));
  for (let n = 1; n <= upTo; n++) {
    const m = /^\s*(?:-\s+)?(?:([A-Za-z_][\w-]*):\s+)?(["'])(.*)$/.exec(lineOf(lines, n));
    if (!m) continue;
    const quote = m[2]!;
    let end = n;
    let rest = m[3]!;
    while (!closes(rest, quote) && end < upTo) rest = lineOf(lines, ++end);
    if (!closes(rest, quote)) return { line: n, field: m[1], quote };
    n = end;
  }
  return undefined;
}

/** Whether a line is a list item written without its dash: the item above it at its indent has one. */
function missingDash(lines: string[], n: number): boolean {
  const line = lineOf(lines, n);
  if (/^\s*(-|#|$)/.test(line)) return false;
  const at = indent(line);
  for (let k = n - 1; k >= 1; k--) {
    const above = lineOf(lines, k);
    if (/^\s*(#|$)/.test(above) || indent(above) > at) continue;
    return indent(above) === at && /^\s*-(\s|$)/.test(above);
  }
  return false;
}

/**
 * Plain advice for a YAML error an organizer is likely to have made, with the
 * line of the file it is on; undefined for any other error.
 */
export function yamlAdvice(error: YAML.YAMLError, source: string, firstLine: number): string | undefined {
  const n = error.linePos?.[0]?.line;
  if (n === undefined) return undefined;
  const lines = source.split("\n");
  const inFile = (line: number) => line + firstLine - 1;
  const yamlSays = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");

  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY": {
      const advice = colonAdvice(lineOf(lines, n));
      return advice && `${advice} (line ${inFile(n)})`;
    }
    case "TAB_AS_INDENT":
      return `a tab used for indentation (line ${inFile(n)}): indent with spaces, YAML reads no tabs there`;
    case "MISSING_CHAR": {
      if (/^Missing closing ["']quote/.test(yamlSays)) {
        const open = unclosedQuote(lines, n);
        if (!open) return `an unclosed quote: a value that starts with a quote ends with the same quote (${yamlSays})`;
        const what = open.field ? `the ${open.field}` : "the value";
        return `an unclosed quote (line ${inFile(open.line)}): ${what} starts with ${open.quote} and needs one at its end too`;
      }
      if (/without - indicator/.test(yamlSays) || missingDash(lines, n)) return dashAdvice(inFile(n));
      return undefined;
    }
    case "BAD_INDENT":
      return missingDash(lines, n) ? dashAdvice(inFile(n)) : undefined;
    default:
      return undefined;
  }
}

const dashAdvice = (line: number) =>
  `a list item without its dash (line ${line}): start it with "- ", as the item above it starts`;
