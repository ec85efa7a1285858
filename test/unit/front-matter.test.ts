import fc from "fast-check";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "@/lib/content/front-matter";
import { loadContent } from "@/lib/content/load";
import type { Problem } from "@/lib/content/problems";
import { contentFolder, readMeetup } from "./helpers";

// Front matter is read exactly as the `yaml` package reads it: the gate only
// finds where it ends, and rewrites nothing inside.

/** What the yaml package itself makes of a front matter's text, with the gate's schema. */
function yamlReads(front: string): { ok: true; data: unknown } | { ok: false } {
  const doc = YAML.parseDocument(front, { version: "1.2", schema: "core", uniqueKeys: true, merge: false });
  return doc.errors.length > 0 ? { ok: false } : { ok: true, data: doc.toJS() ?? {} };
}

const eol = fc.constantFrom("\n", "\r\n");
// Text that stays text in YAML's core schema: a letter first, so never a number, a boolean or null.
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/).filter((w) => !["true", "false", "null"].includes(w));
// Inside a value: words, spaces, tabs, a CR alone here and there, and characters YAML quotes escape.
const inner = fc
  .array(fc.oneof({ weight: 6, arbitrary: word }, fc.constantFrom(" ", "\t", "\r", "  ", "#", ":", "'", '"', "\\")), {
    maxLength: 8,
  })
  .map((parts) => parts.join(""));

const plain = fc
  .tuple(
    word,
    fc.array(fc.oneof(word, fc.constantFrom(" ", "\t", "\r")), { maxLength: 5 }),
    fc.constantFrom("", " ", "\t", "\r", " \r"),
  )
  .map(([first, rest, end]) => `${first}${rest.join("")}${end}`)
  .map((v) => ` ${v}`);
const doubleQuoted = fc
  .tuple(fc.array(inner, { minLength: 1, maxLength: 3 }), eol)
  .map(([lines, br]) => ` "${lines.map((l) => l.replace(/\\/g, "\\\\").replace(/"/g, '\\"')).join(`${br}  `)}"`);
const singleQuoted = fc
  .tuple(fc.array(inner, { minLength: 1, maxLength: 3 }), eol)
  .map(([lines, br]) => ` '${lines.map((l) => l.replace(/'/g, "''")).join(`${br}  `)}'`);
const literal = fc
  .tuple(fc.constantFrom("|", "|-", ">", ">+"), fc.array(inner, { minLength: 1, maxLength: 3 }), eol)
  .map(([style, lines, br]) => ` ${style}${br}${lines.map((l) => `  ${l.replace(/^[\s\r]+/, "")}x`).join(br)}`);
const separator = fc.constantFrom(":", ":\t", ": \t");

const frontMatter = fc
  .array(fc.tuple(separator, fc.oneof(plain, doubleQuoted, singleQuoted, literal), eol), { minLength: 1, maxLength: 6 })
  .map((fields) => fields.map(([sep, value, br], i) => `k${i}${sep}${value}${br}`).join(""));

describe("front matter as the yaml package reads it", () => {
  it("gives the gate exactly what yaml reads, whatever the line ends, tabs, CRs, BOM and quoted lines", () => {
    let read = 0;
    fc.assert(
      fc.property(frontMatter, eol, fc.boolean(), (front, br, bom) => {
        const file = `${bom ? "\uFEFF" : ""}---${br}${front}---${br}Body.${br}`;
        const expected = yamlReads(front);
        const result = readFrontMatter(file);
        expect(result.ok).toBe(expected.ok);
        if (result.ok && expected.ok) {
          read++;
          expect(result.value.data).toEqual(expected.data);
          expect(result.value.body).toBe("Body.\n");
        }
      }),
      { numRuns: 300, seed: Number(process.env.PROPERTY_SEED ?? 20261207) },
    );
    // Most generated files are valid YAML: the comparison is of values, not of two refusals.
    expect(read).toBeGreaterThan(200);
  });

  it("reads a file whose lines end in a CR alone like the same file with LF", () => {
    fc.assert(
      fc.property(frontMatter, (front) => {
        const lf = `---\n${front.replace(/\r\n/g, "\n")}---\nBody\nmore\n`;
        fc.pre(!lf.includes("\r"));
        const cr = lf.replace(/\n/g, "\r");
        expect(readFrontMatter(cr)).toEqual(readFrontMatter(lf));
      }),
      { numRuns: 100, seed: 20261207 },
    );
  });

  it("keeps a CR alone inside a quoted title as yaml does, with the body and its line numbers after", () => {
    const file = '---\nlayout: post\ntitle:  "Namespaces by Rami Rosen\r"\ndate: 2016-01-01\n---\nBody\r\nline\n';
    const result = readFrontMatter(file);
    expect(result).toEqual({
      ok: true,
      value: {
        data: { layout: "post", title: "Namespaces by Rami Rosen\r", date: "2016-01-01" },
        body: "Body\nline\n",
        bodyLine: 6,
      },
    });
  });
});

describe("one-line fields", () => {
  const field = (problems: Problem[], name: string) => problems.filter((p) => p.field === name);

  it("are trimmed of spaces, tabs, CRs and LFs around them", () => {
    const { meetup, problems } = readMeetup(
      `---\ntitle: "\\t Lone CR at the end\\r"\ndate: "2099-07-05 \\r\\n"\nvenue:\n  name: " Hall\\t"\n  address: "1 Example St\\n"\n` +
        `schedule:\n  - time: " 19:00"\n    title: "Talk\\r\\n"\n---\n`,
    );
    expect(problems).toEqual([]);
    expect(meetup).toMatchObject({
      title: "Lone CR at the end",
      day: "2099-07-05",
      venue: { name: "Hall", address: "1 Example St" },
      schedule: [{ title: "Talk" }],
    });
    const speaker = loadContent(contentFolder({ "speakers/s.md": `---\nname: "Ada \\r"\nrole: "\\tKernel"\n---\n` }));
    expect(speaker.problems).toEqual([]);
    expect(speaker.speakers[0]).toMatchObject({ name: "Ada", role: "Kernel" });
  });

  it("still refuse a break inside, naming the file, the field and where", () => {
    const { problems } = readMeetup(
      `---\ntitle: "  Two\\rlines"\ndate: 2099-07-05\nvenue:\n  name: "Hall\\r\\nX-EVIL: 1"\n---\n`,
      "meetups/broken.md",
    );
    expect(field(problems, "title")).toEqual([
      {
        file: "content/meetups/broken.md",
        field: "title",
        message: "expected the meetup's title on one line, got a line break at character 6",
      },
    ]);
    expect(field(problems, "venue.name")).toEqual([
      expect.objectContaining({ message: "expected the venue's name on one line, got a line break at character 5" }),
    ]);
  });
});

describe("a YAML error that comes from a character nobody sees", () => {
  it.each([
    [
      "a line of an LF file that ends in a CR alone",
      `---\nlayout: post\ntitle: Namespaces\rdate: 2016-01-01\n---\n`,
      "a carriage return (U+000D) at line 3, column 18",
    ],
    [
      "a CR before an indented line",
      `---\nvenue:\r  name: Hall\ndate: 2016-01-01\n---\n`,
      "a carriage return (U+000D) at line 2, column 7",
    ],
    [
      "a no-break space",
      `---\ntitle: T\ndate:\u00a02016-01-01\n---\n`,
      "a no-break space (U+00A0) at line 3, column 6",
    ],
    ["a line separator", `---\ntitle: T\u2028date: 2016-01-01\n---\n`, "a line separator (U+2028) at line 2, column 9"],
  ])("names %s and where it is", (_what, text, named) => {
    const result = readFrontMatter(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatch(/^expected valid YAML: /);
      expect(result.problems[0]).toContain(`probably because of ${named}, which most editors don't show: delete it`);
    }
  });

  it("says nothing of the kind when none is there", () => {
    const result = readFrontMatter(`---\ntitle: "T\ndate: 2016-01-01\n---\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join("\n")).not.toContain("probably because of");
  });
});
