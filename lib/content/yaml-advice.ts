import type YAML from "yaml";

// The YAML slips organizers make, said as what to write instead: the parser's own words name its grammar, not the
// colon in a talk's title.

/** A line of the YAML text, without its line end (1-based). */
const lineOf = (lines: string[], n: number) => (lines[n - 1] ?? "").replace(/\r$/, "");

const indent = (line: string) => /^ */.exec(line)![0].length;

/** A value in quotes, as YAML reads it back: double quotes, or single ones when it holds a double quote. */
function quoted(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

// `title: Memory Tiering: CXL Night`, also as a list item (`- title: ...`).
// The value starts at its first non-space: "\s+(.*?:" takes time in the square of the spaces before it.
const FIELD_WITH_COLON = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s+(\S.*?:(?:\s.*)?)\s*$/;

function colonAdvice(line: string): string | undefined {
  const m = FIELD_WITH_COLON.exec(line);
  if (!m || /^["'[{|>]/.test(m[2]!)) return undefined;
  const [, field, value] = m;
  return `a ${field} with a colon needs quotes: ${field}: ${quoted(value!)}`;
}

/** The first index of a sorted list whose number is at least `value`. */
export function firstAtLeast(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

type Quote = { line: number; field?: string; quote: string };

/**
 * The values that open a quote, each with the line its quote closes on (Infinity if none), since a quoted value
 * may run over lines. Found once for every error.
 */
function quotesOf(lines: string[]): { open: Quote; closedOn: number }[] {
  const closes = (text: string, quote: string) =>
    quote === '"' ? /"/.test(text.replace(/\\./g, "")) : /'/.test(text.replace(/''/g, ""));
  const found: { open: Quote; closedOn: number }[] = [];
  for (let n = 1; n <= lines.length; n++) {
    const m = /^\s*(?:-\s+)?(?:([A-Za-z_][\w-]*):\s+)?(["'])(.*)$/.exec(lineOf(lines, n));
    if (!m) continue;
    const quote = m[2]!;
    let end = n;
    let rest = m[3]!;
    while (!closes(rest, quote) && end < lines.length) rest = lineOf(lines, ++end);
    if (!closes(rest, quote)) {
      found.push({ open: { line: n, field: m[1], quote }, closedOn: Infinity });
      break;
    }
    found.push({ open: { line: n, field: m[1], quote }, closedOn: end });
    n = end;
  }
  return found;
}

/**
 * For each line, the nearest line above it that isn't blank or a comment and is
 * indented no deeper, or 0: one pass with a stack, not a walk up for each error.
 */
function shallowerAbove(lines: string[]): number[] {
  const above = Array<number>(lines.length + 1).fill(0);
  const stack: number[] = [];
  for (let n = 1; n <= lines.length; n++) {
    const line = lineOf(lines, n);
    if (/^\s*(#|$)/.test(line)) continue;
    while (stack.length > 0 && indent(lineOf(lines, stack.at(-1)!)) > indent(line)) stack.pop();
    above[n] = stack.at(-1) ?? 0;
    stack.push(n);
  }
  return above;
}

/** Plain advice for a YAML error an organizer likely made, or undefined; made once for all of a text's errors. */
export function yamlAdvisor(lines: string[], firstLine: number): (error: YAML.YAMLError) => string | undefined {
  const inFile = (line: number) => line + firstLine - 1;
  let quotes: { open: Quote; closedOn: number }[] | undefined;
  let closings: number[] | undefined;
  let above: number[] | undefined;
  const colons = new Map<number, string | undefined>();

  /** The first value that opens a quote and never closes it by line `upTo`: its line and field. */
  function unclosedQuote(upTo: number): Quote | undefined {
    quotes ??= quotesOf(lines);
    closings ??= quotes.map((q) => q.closedOn);
    // Their closing lines only grow: the first still open at upTo, by binary search.
    const first = quotes[firstAtLeast(closings, upTo + 1)];
    return first && first.open.line <= upTo ? first.open : undefined;
  }

  /** Whether a line is a list item written without its dash: the item above it at its indent has one. */
  function missingDash(n: number): boolean {
    const line = lineOf(lines, n);
    if (/^\s*(-|#|$)/.test(line)) return false;
    above ??= shallowerAbove(lines);
    const k = above[n] ?? 0;
    if (k === 0) return false;
    const up = lineOf(lines, k);
    return indent(up) === indent(line) && /^\s*-(\s|$)/.test(up);
  }

  return (error) => {
    const n = error.linePos?.[0]?.line;
    if (n === undefined) return undefined;
    const yamlSays = error.message.split("\n")[0]!;

    switch (error.code) {
      case "BLOCK_AS_IMPLICIT_KEY": {
        if (!colons.has(n)) colons.set(n, colonAdvice(lineOf(lines, n)));
        const advice = colons.get(n);
        return advice && `${advice} (line ${inFile(n)})`;
      }
      case "TAB_AS_INDENT":
        return `a tab used for indentation (line ${inFile(n)}): indent with spaces, YAML reads no tabs there`;
      case "MISSING_CHAR": {
        if (/^Missing closing ["']quote/.test(yamlSays)) {
          const open = unclosedQuote(n);
          if (!open)
            return `an unclosed quote: a value that starts with a quote ends with the same quote (${yamlSays})`;
          const what = open.field ? `the ${open.field}` : "the value";
          return `an unclosed quote (line ${inFile(open.line)}): ${what} starts with ${open.quote} and needs one at its end too`;
        }
        if (/without - indicator/.test(yamlSays) || missingDash(n)) return dashAdvice(inFile(n));
        return undefined;
      }
      case "BAD_INDENT":
        return missingDash(n) ? dashAdvice(inFile(n)) : undefined;
      default:
        return undefined;
    }
  };
}

const dashAdvice = (line: number) =>
  `a list item without its dash (line ${line}): start it with "- ", as the item above it starts`;
