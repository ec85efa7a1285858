import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "@/lib/content/limits";
import { loadContent } from "@/lib/content/load";
import { contentFolder } from "./helpers";

// Front matter full of YAML errors or tags, just under the size limit, is read
// in time linear in its size: each error or tag used to be placed by reading the
// file from its top, or its whole line, again.

const meetup = (front: string) => `---\ntitle: T\ndate: 2026-12-08T19:00:00+02:00\n${front}---\nBody.\n`;

/** How many times `unit` fits in a file just under the size limit. */
const fill = (unit: string) => Math.floor((MAX_FILE_BYTES - 1024) / Buffer.byteLength(unit));

/** The problems of one meetup file with this front matter (after its title and date, so from line 4), as messages. */
function problemsOf(front: string): string[] {
  const dir = contentFolder({ "meetups/m.md": meetup(front) });
  const { problems } = loadContent(dir, { publicDir: contentFolder({}) });
  const own = problems.filter((p) => p.file === path.posix.join(dir, "meetups/m.md"));
  expect(new Set(own.map((p) => p.field))).toEqual(new Set(["front matter"]));
  return own.map((p) => p.message);
}

const unresolved = (line: number) => `expected valid YAML: Unresolved tag: !a (line ${line})`;
const tagged = (tag: string, line: number) =>
  `expected plain YAML values, got the tag "${tag}" (line ${line}): tags are not read`;

describe("front matter full of YAML errors or tags can't stall the content check", () => {
  it("reads a list of unknown tags, one a line, at once", () => {
    // The old code took 3 minutes here (each error split the whole text into lines); now 2 s.
    const n = fill("- !a\n");
    const messages = problemsOf(`x:\n${"- !a\n".repeat(n)}`);
    expect(messages).toHaveLength(2 * n);
    expect(messages.slice(0, 3)).toEqual([unresolved(5), unresolved(6), unresolved(7)]);
    expect(messages.slice(n, n + 3)).toEqual([tagged("!a", 5), tagged("!a", 6), tagged("!a", 7)]);
    expect(messages.at(-1)).toBe(tagged("!a", n + 4));
  }, 40_000);

  it("reads a list of !!int tags, one a line, at once", () => {
    // The old code took 14 s here (each tag's line was counted from the top); now under a second. Too close to
    // tell apart on a busy machine by a limit of its own: this one holds the messages.
    const n = fill("- !!int 1\n");
    const messages = problemsOf(`x:\n${"- !!int 1\n".repeat(n)}`);
    expect(messages).toHaveLength(n);
    expect(messages.slice(0, 3)).toEqual([tagged("!!int", 5), tagged("!!int", 6), tagged("!!int", 7)]);
    expect(messages.at(-1)).toBe(tagged("!!int", n + 4));
  });

  it("reads a one-line list of unknown tags at once", () => {
    // The old code took a minute here (the yaml package's pretty message copied the whole line for each error); now 3 s.
    const n = fill("!a,");
    const messages = problemsOf(`x: [${"!a,".repeat(n)}]\n`);
    expect(messages).toHaveLength(1 + n);
    expect(messages.slice(0, 3)).toEqual([unresolved(4), tagged("!a", 4), tagged("!a", 4)]);
    expect(messages.at(-1)).toBe(tagged("!a", 4));
  }, 45_000);

  it("reads a list of values that open a quote and never close it at once", () => {
    // The old code took 7 minutes here (each error looked for the open quote from the top); now 2 s.
    const n = fill('- "a\n');
    const messages = problemsOf(`x:\n${'- "a\n'.repeat(n)}`);
    const open = (line: number) =>
      `an unclosed quote (line ${line}): the value starts with " and needs one at its end too`;
    expect(messages.slice(0, 3)).toEqual([
      open(5),
      'an unclosed quote: a value that starts with a quote ends with the same quote (Missing closing "quote)',
      open(7),
    ]);
    expect(messages).toHaveLength(n / 2 + 1);
  }, 40_000);

  it("names an invisible character near each of thousands of errors at once, on many lines or on one", () => {
    // The old code took 20 s for both (each error counted the lines above the character, or sliced its whole
    // line); now 3 s. Too close to tell apart on a busy machine by a limit of its own: this one holds the messages.
    const nbsp = (line: number, near: number, column: number) =>
      `expected valid YAML: Nested mappings are not allowed in compact mappings (line ${line}), probably because of a no-break space (U+00A0) at line ${near}, column ${column}, which most editors don't show: delete it`;
    const n = fill("- a\u00a0: b: c\n");
    const lines = problemsOf(`x:\n${"- a\u00a0: b: c\n".repeat(n)}`);
    expect(lines.slice(0, 3)).toEqual([nbsp(5, 5, 4), nbsp(6, 5, 4), nbsp(7, 6, 4)]);
    expect(lines.at(-1)).toBe(nbsp(n + 4, n + 3, 4));
    const oneLine = problemsOf(`x: [${"a\u00a0: b: c,".repeat(fill("a\u00a0: b: c,"))}]\n`);
    expect(oneLine).toEqual([
      "expected valid YAML: Block collections are not allowed within flow collections (line 4), probably because of a no-break space (U+00A0) at line 4, column 6, which most editors don't show: delete it",
    ]);
  });
});
