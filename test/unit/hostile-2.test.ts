import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import https from "node:https";
import path from "node:path";
import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_PIXELS } from "@/lib/content/images";
import { MAX_FILE_BYTES, yamlShapeProblem } from "@/lib/content/limits";
import { loadContent } from "@/lib/content/load";
import { talkAnchors } from "@/lib/content/meetup";
import { formatProblems, PROBLEMS_SHOWN_PER_FILE, type Problem } from "@/lib/content/problems";
import type { Meetup } from "@/lib/content/schema";
import { reservedPath } from "@/lib/content/site-paths";
import { staticHost } from "@/lib/build/static-host";
import { writeOldAddresses } from "@/lib/outputs/old-addresses";
import { contentFolder, root, speakerFile } from "./helpers";

// The second round of hostile files (issue 21): each kind is refused by the
// content gate, on every path (check, build, preview), naming the file and the
// field, before anything slow is done with it.

const fixture = path.join(root, "test/fixtures/hostile-2");
const meetup = (front: string, body = "Body.\n") =>
  `---\ntitle: T\ndate: 2026-12-08T19:00:00+02:00\n${front}---\n${body}`;
const problem = (field: string, message: RegExp) =>
  expect.objectContaining({ field, message: expect.stringMatching(message) }) as Problem;

/** The old addresses' pages of `meetups`, written to a folder and served as GitHub Pages serves it, for `visit`. */
async function servingOldAddresses(meetups: Meetup[], visit: (origin: string) => Promise<void>): Promise<void> {
  const out = contentFolder({});
  writeOldAddresses(out, meetups);
  const server = http.createServer(staticHost(out));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await visit(`http://127.0.0.1:${port}`);
  } finally {
    server.close();
  }
}

function load(files: Record<string, string | Buffer>, publicFiles: Record<string, string | Buffer> = {}) {
  const dir = contentFolder(files);
  const publicDir = contentFolder(publicFiles);
  const result = loadContent(dir, { publicDir });
  const at = (rel: string) => result.problems.filter((p) => p.file === path.posix.join(dir, rel));
  return { ...result, dir, publicDir, at };
}

describe("the hostile files of test/fixtures/hostile-2", () => {
  const content = path.join(fixture, "content");
  const publicDir = path.join(fixture, "public");
  const { problems, meetups } = loadContent(content, { publicDir, render: false });
  const of = (file: string) =>
    problems.filter(
      (p) =>
        p.file === path.posix.join(file.startsWith("hosts/") || file.startsWith("photos/") ? publicDir : content, file),
    );

  const expected: [string, string, RegExp][] = [
    ["meetups/2026-01-emoji-topic.md", "topics[1]", /expected a topic with a letter or a digit in it .*got "🐧"/],
    [
      "meetups/2026-02-long-topic.md",
      "topics[0]",
      /expected a topic of at most 60 characters, got 303: its address is a folder/,
    ],
    [
      "meetups/2026-04-c-plus-plus.md",
      "topics[0]",
      /the topic "c\+\+" would have the address \/topics\/c\/, as "c" in .*2026-03-c\.md has/,
    ],
    [
      "meetups/2026-05-old-address-archive.md",
      "redirect_from",
      /"\/meetups\/2016\/" can't be used: .*the archive's page for 2016/,
    ],
    [
      "meetups/2026-06-old-address-preview.md",
      "redirect_from[1]",
      /"\/preview\.png" can't be used: the site makes \/preview\.png itself/,
    ],
    [
      "meetups/2026-07-placeholder-date.md",
      "date",
      /the meetup would end in the year 10000; a placeholder like 9999-12-31 isn't a date/,
    ],
    [
      "meetups/2026-08-end-summer-offset.md",
      "end",
      /expected the offset of Asia\/Jerusalem on that day \(\+02:00\), got \+03:00/,
    ],
    [
      "meetups/2026-09-last-slot-late.md",
      'schedule, slot 2 ("Late talk"), end',
      /the last slot starts at 21:30, not before the meetup's end \(21:00, two hours after its start/,
    ],
    [
      "meetups/2026-10-slides-link.md",
      "body",
      /^line 7: link "\/slides\/2026-12-08\/missing\.pdf" leads nowhere: expected a file public\/slides/,
    ],
    [
      "meetups/2026-11-huge-photo.md",
      "photos, photo 1, src",
      /expected an image of at most 268,402,689 pixels .*is 30000 × 30000/,
    ],
    ["meetups/2026-12-long-title.md", "title", /expected the meetup's title of at most 2,000 characters, got 2,\d{3}/],
    ["meetups/2027-01-long-summary.md", "summary", /expected one or two sentences of at most 1,000 characters/],
    [
      "meetups/2027-02-markdown-brackets.md",
      "body",
      /^line 7: expected a paragraph with at most 500 of the characters \[ \] \* _ ~/,
    ],
    ["meetups/2027-03-markdown-nesting.md", "body", /^line 7: expected quotes and lists nested at most 20 deep/],
    ["speakers/linked-bio.md", "bio", /^line 4: link "\/speakers\/nobody-here\/" leads nowhere/],
    ["hosts/script.svg", "file", /expected no <script> element/],
    ["hosts/onload.svg", "file", /expected no event handler \(onload="\.\.\."\)/],
    ["hosts/foreign-object.svg", "file", /expected no <foreignObject> element/],
    [
      "hosts/external-image.svg",
      "file",
      /expected xlink:href only to parts of the file itself \("#id"\), got "https:\/\/tracker\.example/,
    ],
    ["hosts/style-import.svg", "file", /expected no @import in its CSS/],
    ["hosts/escaped-url.svg", "file", /expected url\(\) only to parts of the file itself .*evil\.example/],
    ["hosts/entity.svg", "file", /expected no declarations of its own in its <!DOCTYPE>/],
    ["hosts/animate-href.svg", "file", /expected no <set> that changes href/],
    ["hosts/stylesheet.svg", "file", /expected no <\?xml-stylesheet\?>/],
  ];

  it.each(expected)("refuses %s, naming %s", (file, field, message) => {
    expect(of(file)).toEqual([problem(field, message)]);
  });

  it("has no other problem, and lets the one good logo and the files without problems through", () => {
    expect(problems).toHaveLength(expected.length);
    expect(of("hosts/fine.svg")).toEqual([]);
    expect(meetups.map((m) => m.slug)).toEqual(["2026-03-c", "2026-04-c-plus-plus", "2026-10-slides-link"]);
  });
});

describe("nothing from outside the project is published", () => {
  it("refuses a hard link in public/ or in the content folder, which is a file from elsewhere under a name of ours", () => {
    const elsewhere = contentFolder({ "secret.txt": "not ours", "post.md": meetup("") });
    const publicDir = contentFolder({ "hosts/logo.png": "png" });
    const dir = contentFolder({});
    fs.mkdirSync(path.join(dir, "meetups"));
    fs.linkSync(path.join(elsewhere, "secret.txt"), path.join(publicDir, "notes.txt"));
    fs.linkSync(path.join(elsewhere, "post.md"), path.join(dir, "meetups/post.md"));
    const { problems, meetups } = loadContent(dir, { publicDir });
    expect(problems).toEqual([
      { file: `${dir}/meetups/post.md`, field: "file", message: expect.stringMatching(/got a hard link/) },
      { file: `${publicDir}/notes.txt`, field: "file", message: expect.stringMatching(/got a hard link/) },
    ]);
    expect(meetups).toEqual([]);
  });

  it("refuses a link in public/, to a file outside the project or inside it, naming the path", () => {
    const publicDir = contentFolder({ "hosts/logo.png": "png" });
    fs.symlinkSync("/etc/passwd", path.join(publicDir, "notes.html"));
    fs.symlinkSync(path.join(root, "package.json"), path.join(publicDir, "hosts/package.json"));
    fs.symlinkSync(path.join(root, "lib"), path.join(publicDir, "code"));
    const { problems } = loadContent(contentFolder({}), { publicDir });
    expect(problems).toEqual(
      ["code", "hosts/package.json", "notes.html"].map((rel) => ({
        file: `${publicDir}/${rel}`,
        field: "file",
        message: expect.stringMatching(
          /expected a file or a folder, got a link: .* a link would publish whatever it leads to/,
        ),
      })),
    );
  });

  it("refuses a page or a script in public/, which a browser would run at the site's own address", () => {
    const publicDir = contentFolder({
      "evil.html": "<script>alert(document.domain)</script>",
      "notes/evil.XHTML": "<html/>",
      "evil.xml": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      "app.mjs": "alert(1)",
      // Served as text/html and application/xml: each runs the XHTML script inside.
      "evil.shtml": "<script>alert(1)</script>",
      "schema.xsd": '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
      "grammar.rng": '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
      "news.rss": '<feed xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></feed>',
      "slides/talk.pdf": "%PDF-1.4",
      "data.json": "{}",
    });
    const { problems } = loadContent(contentFolder({}), { publicDir });
    expect(problems).toEqual(
      [
        "app.mjs",
        "evil.html",
        "evil.shtml",
        "evil.xml",
        "grammar.rng",
        "news.rss",
        "notes/evil.XHTML",
        "schema.xsd",
      ].map((rel) => ({
        file: `${publicDir}/${rel}`,
        field: "file",
        message: expect.stringMatching(
          /expected no page or script: .* a browser would run this at the site's own address/,
        ),
      })),
    );
  });

  it("refuses a file in public/ where the site makes one, which would replace the site's file or be dropped", () => {
    const publicDir = contentFolder({
      "feed.json": "{}",
      "calendar.ics": "BEGIN:VCALENDAR",
      "_next/static/x.css": "body{}",
      "pagefind/pagefind.js.map": "{}",
      "meetups/m/preview.png": "png",
      "speakers/index.txt": "x",
      "speakers/jane.jpg": fs.readFileSync("test/fixtures/hebrew/public/speakers/noa-levi.jpg"),
      "icon.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
      "photos/meetups.json": "{}",
    });
    const dir = contentFolder({ "meetups/m.md": "---\ntitle: M\ndate: 2026-12-08\n---\n" });
    const { problems } = loadContent(dir, { publicDir });
    expect(problems).toEqual(
      [
        "_next/static/x.css",
        "calendar.ics",
        "feed.json",
        "meetups/m/preview.png",
        "pagefind/pagefind.js.map",
        "speakers/index.txt",
      ].map((rel) => ({
        file: `${publicDir}/${rel}`,
        field: "file",
        message: expect.stringMatching(
          /^expected a path the site doesn't make itself, but .*; rename the file or move it$/,
        ),
      })),
    );
  });

  it("refuses public/ that is itself a link, and a link in the content folders", () => {
    const target = contentFolder({ "x.txt": "x" });
    const publicDir = path.join(contentFolder({}), "public");
    fs.symlinkSync(target, publicDir);
    const dir = contentFolder({});
    fs.mkdirSync(path.join(dir, "meetups"));
    fs.symlinkSync("/etc/passwd", path.join(dir, "meetups/passwd.md"));
    const { problems } = loadContent(dir, { publicDir });
    expect(problems).toEqual([
      {
        file: `${dir}/meetups/passwd.md`,
        field: "file name",
        message: expect.stringMatching(/got a link: links are not followed/),
      },
      { file: publicDir, field: "file", message: expect.stringMatching(/expected a folder, got a link/) },
    ]);
  });

  const svg = (inside: string, attributes = "") =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inside}</svg>`;

  it.each([
    [
      "a script in another namespace",
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
      /<h:script>/,
    ],
    ["an HTML element", svg('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" />'), /expected no HTML element/],
    ["an upper-case handler", svg("<rect/>", ' ONLOAD="alert(1)"'), /event handler \(ONLOAD/],
    [
      "a javascript: link",
      svg('<a href="javascript:alert(1)"><rect/></a>'),
      /expected href only to parts of the file itself/,
    ],
    ["a link to another site", svg('<a xlink:href="https://example.com/"><rect/></a>'), /xlink:href only to parts/],
    ["a <use> of another file", svg('<use href="other.svg#x"/>'), /href only to parts/],
    ["an SVG inside as data:", svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), /href only to parts/],
    ["a fill from elsewhere", svg('<rect fill="url(https://evil.example/p.svg#g)"/>'), /url\(\) only to parts/],
    [
      "a commented url()",
      svg('<rect style="fill: url/**/(x); fill: u\\rl(https://evil.example/)"/>'),
      /url\(\) only to parts/,
    ],
    [
      "a <style> in CDATA",
      svg("<style><![CDATA[rect { background: url(//evil.example/x) }]]></style>"),
      /url\(\) only to parts/,
    ],
    ["image-set()", svg('<style>rect { fill: image-set("https://evil.example/x.png" 1x) }</style>'), /image-set\(\)/],
    ["an animated handler", svg('<animate attributeName="onclick" to="alert(1)"/>'), /that changes onclick/],
    ["an undeclared entity", svg("&nbsp;"), /reads as XML/],
    ["HTML, not SVG", "<html><body>hi</body></html>", /expected an <svg> element in the SVG namespace/],
    [
      "an SVG without its namespace",
      "<svg><script>alert(1)</script></svg>",
      /expected an <svg> element in the SVG namespace/,
    ],
    ["text that isn't XML", "<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>", /reads as XML/],
  ])("refuses an SVG in public/ with %s", (_what, text, message) => {
    const { problems, publicDir } = load({}, { "hosts/logo.svg": text });
    expect(problems).toEqual([
      { file: `${publicDir}/hosts/logo.svg`, field: "file", message: expect.stringMatching(message) },
    ]);
  });

  it("takes SVGs as drawing programs write them", () => {
    const { problems } = load(
      {},
      {
        "icon.svg": fs.readFileSync(path.join(root, "public/icon.svg")),
        "hosts/fine.svg": fs.readFileSync(path.join(fixture, "public/hosts/fine.svg")),
        "hosts/doctype.svg": `<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${svg('<a href="#x"><rect id="x" style="fill:#fff; stroke: url(#g)"/></a><!-- made by hand -->')}`,
      },
    );
    expect(problems).toEqual([]);
  });
});

describe("one file can't stall or bloat the build", () => {
  it("refuses a file over the size limit before reading it: a 5 MB kernel log as the body", () => {
    const log = "[    0.000000] Linux version 6.8.0 (build@host) #1 SMP PREEMPT_DYNAMIC\n".repeat(75_000);
    const { at } = load({ "meetups/log.md": meetup("", log) });
    expect(at("meetups/log.md")).toEqual([
      problem(
        "file",
        /^expected a file of at most 256 KB, got 5\.\d MB: .*put a long log or listing in a file under public\/ and link it/,
      ),
    ]);
  });

  it("reads a line of 200,000 spaces in a schedule line or before a YAML mistake at once, as any other line", () => {
    // Both took time in the square of the spaces: 42 s here, where they now take a tenth of a second. The test's
    // own limit, far above either on a busy machine, is what fails it.
    const spaces = " ".repeat(200_000);
    const { at, meetups } = load({
      "meetups/slot.md": meetup("", `19:00-19:15 a${spaces}b\n`),
      "meetups/yaml.md": meetup(`summary:${spaces}b\n c: d\n`),
    });
    expect(at("meetups/slot.md")).toEqual([]);
    expect(meetups.find((m) => m.sourcePath.endsWith("slot.md"))!.schedule.map((s) => s.title)).toEqual(["a b"]);
    expect(at("meetups/yaml.md")).toContainEqual(
      problem("front matter", /^expected valid YAML: Nested mappings are not allowed in compact mappings \(line 4\)$/),
    );
  }, 20_000);

  // Each took time in the square of its size: seconds to minutes within the size limit, where each now takes a
  // fraction of a second. The tests' own limits, far above that on a busy machine, are what fail them.
  it("reads a link with 250,000 spaces inside its <brackets> at once, and refuses it in a few lines", () => {
    const { at, problems } = load({
      "speakers/s.md": `---\nname: S\n---\n[a](<http://a${" ".repeat(250_000)}b>)\n`,
    });
    expect(at("speakers/s.md")).toEqual([
      problem("bio", /^line 4: link "http:\/\/a +b": .*got something that isn't a URL$/),
    ]);
    // What the check prints keeps the message's start and end, not the 250,000 spaces it quotes.
    const printed = formatProblems(problems);
    expect(printed.length).toBeLessThan(1500);
    expect(printed).toMatch(/bio: line 4: link "http:\/\/a +… \(249,\d{3} characters left out\) … +b": .*isn't a URL$/);
  }, 10_000);

  it("refuses tables of more than 5,000 cells in one file, as rendered: each row as wide as its header", () => {
    // 199 columns, and rows of one cell each: the renderer fills each row to 199 cells.
    const table = `| ${"h |".repeat(199)}\n|${"-|".repeat(199)}\n${"a\n".repeat(990)}\n`;
    const { at } = load({
      "meetups/wide.md": meetup("", table.repeat(8)),
      "meetups/fits.md": meetup("", `| a | b | c |\n|---|:-:|--:|\n${"| 1 | 2 | 3 |\n".repeat(600)}`),
    });
    expect(at("meetups/wide.md")).toEqual([
      problem(
        "body",
        /^line 31: expected tables of at most 5,000 cells in one file \(each row has as many as its table's header\)/,
      ),
    ]);
    expect(at("meetups/fits.md")).toEqual([]);
  }, 10_000);

  it("counts the tables of all of a file's texts together: abstracts each under the limit add up", () => {
    // Each abstract's table renders 100 × 20 = 2,000 cells: the third is past 5,000.
    const table = `| ${"h |".repeat(100)}\n|${"-|".repeat(100)}\n${"a\n".repeat(18)}`;
    const slot = (i: number) =>
      `  - time: "19:0${i}"\n    title: Talk ${i}\n    abstract: |\n${table.replace(/^(?=.)/gm, "      ")}`;
    const { at } = load({ "meetups/m.md": meetup(`schedule:\n${[1, 2, 3].map(slot).join("")}`) });
    expect(at("meetups/m.md")).toEqual([
      expect.objectContaining({
        field: 'schedule, slot 3 ("Talk 3"), abstract',
        message: expect.stringMatching(/^line \d+ of the text: expected tables of at most 5,000 cells in one file/),
      }),
    ]);
  });

  it("refuses more than 500 block quotes, or 200 headings underlined with = or -, in one file", () => {
    const { at } = load({
      "meetups/quotes.md": meetup("", "> a\n\n".repeat(8_000)),
      "meetups/underlined.md": meetup("", "a\n=\n\n".repeat(8_000)),
      // One long quote is one block, and a page of headings underlined is fine.
      "meetups/fits.md": meetup("", `${"> a line quoted\n".repeat(900)}\n${"Part\n----\n\nText.\n\n".repeat(100)}`),
    });
    expect(at("meetups/quotes.md")).toEqual([
      problem("body", /^line 1005: expected at most 500 quotes \(blocks of lines starting with ">"\) in one file/),
    ]);
    expect(at("meetups/underlined.md")).toEqual([
      problem(
        "body",
        /^line 606: expected at most 200 headings underlined with = or - in one file.*write headings with # instead$/,
      ),
    ]);
    expect(at("meetups/fits.md")).toEqual([]);
  }, 10_000);

  it("reads thousands of old addresses across files in one pass: ten files of 1,000 each", () => {
    const file = (n: number) =>
      meetup(`redirect_from:\n${Array.from({ length: 1000 }, (_, i) => `  - /old/f${n}/p${i}.html\n`).join("")}`);
    const { problems, meetups } = load(
      Object.fromEntries(Array.from({ length: 10 }, (_, n) => [`meetups/m${n}.md`, file(n)])),
    );
    expect(problems).toEqual([]);
    expect(meetups.flatMap((m) => m.redirects)).toHaveLength(10_000);
  }, 20_000);

  it("refuses 50,000 slots titled alike, written out or packed within the size limit", () => {
    const slot = `  - time: "19:00"\n    title: Lightning talk\n    kind: talk\n`;
    const { at } = load({
      "meetups/long.md": meetup(`schedule:\n${slot.repeat(50_000)}`),
      "meetups/packed.md": meetup(`schedule: [${"{}, ".repeat(50_000)}]\n`),
    });
    expect(at("meetups/long.md")).toEqual([problem("file", /expected a file of at most 256 KB, got 2\.\d MB/)]);
    expect(at("meetups/packed.md")).toEqual([
      problem("schedule", /^expected at most 500 slots, got 50,000: split the evening/),
    ]);
  });

  it("refuses YAML nested 100,000 deep, and a mapping of thousands of fields, before building anything from it", () => {
    const { at } = load({
      "meetups/deep.md": meetup(`venue: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`),
      "meetups/wide.md": meetup(`venue:\n${Array.from({ length: 5000 }, (_, i) => `  f${i}: x\n`).join("")}`),
    });
    expect(at("meetups/deep.md")).toEqual([
      problem("front matter", /^expected fields nested at most 20 deep .*\(line 4\)$/),
    ]);
    expect(at("meetups/wide.md")).toEqual([
      problem("front matter", /^expected a mapping of at most 1,000 fields, got 5,000 \(line 5\)$/),
    ]);
  });

  it("counts nesting as YAML does: 20 levels of lists and mappings pass, 21 don't", () => {
    const nested = (depth: number) => `a: ${"[".repeat(depth - 1)}x${"]".repeat(depth - 1)}`;
    expect(yamlShapeProblem(nested(20))).toBeUndefined();
    expect(yamlShapeProblem(nested(21))).toMatch(/nested at most 20 deep/);
    // A bracket inside quotes or a block of text is text, not nesting.
    expect(yamlShapeProblem(`a: "${"[".repeat(100)}"\nb: |\n  ${"{".repeat(100)}\n`)).toBeUndefined();
  });

  it("refuses a list of words too long to be real, and a word too long for a line", () => {
    const { at } = load({
      "meetups/m.md": meetup(
        `redirect_from: [${Array.from({ length: 1001 }, (_, i) => `/old/${i}.html`).join(", ")}]\n`,
      ),
      "meetups/n.md": meetup(`schedule:\n  - time: "19:00"\n    title: T\n    speakers: ["${"s".repeat(3000)}"]\n`),
    });
    expect(at("meetups/m.md")).toEqual([problem("redirect_from", /^expected at most 1,000 words, got 1,001/)]);
    expect(at("meetups/n.md")).toEqual([
      problem('schedule, slot 1 ("T"), speakers[0]', /^expected a word of at most 2,000 characters/),
    ]);
  });

  it("passes a large but valid file whole: 200 slots of one title and a 200 KB body", () => {
    const slots = Array.from({ length: 200 }, (_, i) => {
      const at = 10 * 60 + i * 3;
      const clock = `${String(Math.floor(at / 60)).padStart(2, "0")}:${String(at % 60).padStart(2, "0")}`;
      const last = i === 199 ? `    end: "20:00"\n` : "";
      return `  - time: "${clock}"\n${last}    title: Lightning talk\n    speakers: [s]\n    abstract: "A [link](/speakers/s/) and *emphasis*."\n`;
    });
    const paragraph = (i: number) =>
      `Paragraph ${i}: the scheduler's [load balancing](https://example.com/${i}) and *wake-up* paths, in \`kernel/sched/fair.c\`.\n\n`;
    let body = "";
    for (let i = 0; body.length < 200_000; i++) body += paragraph(i);
    const file = `---\ntitle: Lightning talks\ndate: 2026-12-08T10:00:00+02:00\nschedule:\n${slots.join("")}---\n${body}`;
    expect(Buffer.byteLength(file)).toBeLessThan(MAX_FILE_BYTES);
    const { problems, meetups } = load({ "meetups/big.md": file, "speakers/s.md": speakerFile("S") });
    expect(problems).toEqual([]);
    const m = meetups[0]!;
    expect(m.schedule).toHaveLength(200);
    expect(m.schedule.map((s) => s.anchor)).toEqual([
      "talk-lightning-talk",
      ...Array.from({ length: 199 }, (_, i) => `talk-lightning-talk-${i + 2}`),
    ]);
    expect(m.bodyHtml.match(/<p dir="auto">/g)).toHaveLength(body.split("\n\n").length - 1);
    expect(m.bodyHtml).toContain(
      paragraph(body.split("\n\n").length - 2)
        .trim()
        .slice(0, 20),
    );
    // A slot without an end ends as the next starts; the meetup ends when its last slot does.
    expect(m.schedule[0]!.end).toBe(m.schedule[1]!.start);
    expect(m.end).toBe("2026-12-08T20:00:00+02:00");
    expect(m.summary).toBe("Paragraph 0: the scheduler's load balancing and wake-up paths, in kernel/sched/fair.c.");
  });

  it("numbers repeated talk titles in one pass, keeping every anchor unique", () => {
    const talk = (title: string) => ({ title, kind: "talk" as const });
    expect(talkAnchors(["A", "A", "A 2", "A 2", "A", "🐧", "🐧"].map(talk))).toEqual([
      "talk-a",
      "talk-a-2",
      "talk-a-2-2",
      "talk-a-2-3",
      "talk-a-3",
      "talk-6",
      "talk-7",
    ]);
    const many = talkAnchors(Array.from({ length: 50_000 }, () => talk("Lightning talk")));
    expect(new Set(many).size).toBe(50_000);
    expect(many.at(-1)).toBe("talk-lightning-talk-50000");
  });

  it("refuses Markdown shaped to take the renderer minutes, naming the field and the line", () => {
    const { at } = load({
      "meetups/a.md": meetup(
        `schedule:\n  - time: "19:00"\n    title: T\n    kind: talk\n    abstract: "${"*a ".repeat(300)}${"a* ".repeat(300)}"\n`,
      ),
      "meetups/b.md": meetup("", `Intro.\n\n${"- item\n".repeat(1001)}`),
      "meetups/c.md": meetup("", `Intro.\n\n${"- ".repeat(30)}deep\n`),
      // A fence opened inside a comment is no fence: what follows the comment is read as a paragraph.
      "meetups/d.md": meetup("", `<!--\n\`\`\`\n-->\n${"]".repeat(600)}\n\`\`\`\n`),
      // Neither as a legacy schedule line nor as a Jekyll excerpt is such a text read.
      "meetups/e.md": `---\nlayout: post\ntitle: E\ndate: 2016-07-12\n---\n19:00-19:15 ${"]".repeat(100_000)}\n`,
      "meetups/f.md": meetup("excerpt_separator: <!--more-->\n", `${"]".repeat(100_000)}\n<!--more-->\n`),
    });
    expect(at("meetups/a.md")).toEqual([
      problem('schedule, slot 1 ("T"), abstract', /^line 1 of the text: expected a paragraph with at most 500/),
    ]);
    expect(at("meetups/b.md")).toEqual([
      problem("body", /^line 7: expected a paragraph, list or table of at most 1,000 lines/),
    ]);
    expect(at("meetups/c.md")).toEqual([problem("body", /^line 7: expected quotes and lists nested at most 20 deep/)]);
    expect(at("meetups/d.md")).toEqual([problem("body", /^line 5: expected a paragraph with at most 500/)]);
    expect(at("meetups/e.md")).toEqual([problem("body", /^line 6: expected a paragraph with at most 500/)]);
    expect(at("meetups/f.md")).toEqual([problem("body", /^line 6: expected a paragraph with at most 500/)]);
  });

  it("refuses a table too wide, a paragraph of inline HTML and a text that renders too large, which check took and the build stalled on", () => {
    const { at } = load({
      // Every row gets as many cells as the first: 25,000 columns ran the check out of memory.
      "meetups/table.md": meetup("", `Intro.\n\n|${"a|".repeat(300)}\n|${"-|".repeat(300)}\n|x|\n`),
      // Comments the reader scans again and again: 250 KB of them took over two minutes.
      "meetups/tags.md": meetup("", `Intro.\n\n${"a <!-- ".repeat(2_500)}\n`),
      // A link reference repeats its address at each use: 60 KB of text made 200 MB of page.
      "meetups/refs.md": meetup("", `${"[a] ".repeat(250)}\n\n[a]: https://example.com/${"a".repeat(10_000)}\n`),
    });
    expect(at("meetups/table.md")).toEqual([problem("body", /^line 7: expected a table of at most 200 columns/)]);
    expect(at("meetups/tags.md")).toEqual([problem("body", /^line 7: expected a paragraph with at most 2,000 "<"/)]);
    expect(at("meetups/refs.md")).toEqual([
      problem("body", /expected a text that makes at most 2\.0 MB of page, got 2\.\d MB/),
    ]);
  });

  it("takes the same text in a code block, and long lists and quotes with blank lines between them", () => {
    const log = "[    0.000000] usb 1-1: new high-speed USB device using xhci_hcd\n".repeat(2000);
    const { problems, meetups } = load({
      "meetups/a.md": meetup("", `Boot log:\n\n\`\`\`text\n${log}\`\`\`\n\nAfter.\n\n~~~\n${"]".repeat(600)}\n~~~\n`),
      "meetups/b.md": meetup(
        "",
        `${"- item\n\n".repeat(1001)}${"> ".repeat(5)}quoted\n\n- - - - - - - - - - - - - - - - - - - - - - - -\n`,
      ),
    });
    expect(problems).toEqual([]);
    expect(meetups.find((m) => m.slug === "a")?.bodyHtml).toContain("xhci_hcd\n[    0.000000]");
  });

  it("cuts a summary taken from the body to a sentence or two, at a word; a written one over the limit is refused", () => {
    const sentence = "The scheduler decides which task runs next on each CPU of the machine. ";
    const { meetups, at } = load({
      "meetups/a.md": meetup("", `${sentence.repeat(40)}\n`),
      "meetups/b.md": meetup("", `${"word ".repeat(400)}\n`),
      "meetups/c.md": meetup("excerpt_separator: <!--more-->\n", `${sentence.repeat(20)}\n<!--more-->\nRest.\n`),
      "meetups/d.md": meetup(`summary: "${"x".repeat(1001)}"\n`),
      "meetups/e.md": meetup(`excerpt: "${"y".repeat(1001)}"\n`),
    });
    const summary = (slug: string) => meetups.find((m) => m.slug === slug)?.summary;
    expect(summary("a")).toBe(sentence.repeat(2).trim());
    expect(summary("b")).toMatch(/^(word ){50,}word…$/);
    expect(summary("b")!.length).toBeLessThanOrEqual(301);
    expect(summary("c")).toBe(sentence.repeat(2).trim());
    expect(at("meetups/d.md")).toEqual([problem("summary", /at most 1,000 characters, got 1,001/)]);
    expect(at("meetups/e.md")).toEqual([problem("excerpt", /at most 1,000 characters, got 1,001/)]);
  });

  it("refuses a legacy post with thousands of schedule lines", () => {
    const clock = (minutes: number) =>
      `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const lines = Array.from({ length: 600 }, (_, i) => `${clock(600 + i)}-${clock(601 + i)} Lightning talk`);
    const { at } = load({
      "meetups/2016-07-12-x.markdown": `---\nlayout: post\ntitle: X\ndate: 2016-07-12 16-00-00 +0300\n---\n${lines.join("\n\n")}\n`,
    });
    expect(at("meetups/2016-07-12-x.markdown")).toContainEqual(
      problem("body", /^expected at most 500 schedule lines, got 600/),
    );
  });

  it("keeps Tailwind on the site's code: a class named only in an organizer's file is not in the stylesheet", async () => {
    const { default: postcss } = await import("postcss");
    const { default: tailwind } = await import("@tailwindcss/postcss");
    // A project of its own: the site's stylesheet, a component, and an organizer's file with a class in it.
    const project = contentFolder({
      "app/globals.css": fs.readFileSync(path.join(root, "app/globals.css")),
      "components/Card.tsx": `export const Card = () => <div className="bg-[#1a2b3c]" />;\n`,
      "lib/site/config.ts": `export const name = "x";\n`,
      "content/meetups/m.md": `---\ntitle: T\n---\n<div class="bg-[#0a1b2c]">x</div>\n`,
    });
    fs.symlinkSync(path.join(root, "node_modules"), path.join(project, "node_modules"));
    const file = path.join(project, "app/globals.css");
    const { css } = await postcss([tailwind({ base: project })]).process(fs.readFileSync(file, "utf8"), { from: file });
    expect(css).toContain("1a2b3c");
    expect(css).not.toContain("0a1b2c");
  });
});

describe("check asks what the build asks", () => {
  it("takes links to what the site has: its pages, old addresses, public/ files, a relative path", () => {
    const { problems } = load(
      {
        "meetups/2026-12-08-m.md": meetup(
          'topics: [Real-time Linux]\nredirect_from: /2016/07/12/old.html\nschedule:\n  - time: "19:00"\n    title: T\n    speakers: [s]\n',
          [
            "[home](/) [archive](/meetups/) [year](/meetups/2026/) [this](/meetups/2026-12-08-m/#talk-t)",
            "[calendar](/meetups/2026-12-08-m/calendar.ics) [feed](/feed.xml) [ics](/calendar.ics)",
            "[speaker](/speakers/s/) [speakers](/speakers) [topic](/topics/real-time-linux/) [talks](/talks/2026/)",
            "[old](/2016/07/12/old.html) [slides](/slides/x.pdf) ![photo](/photos/a.jpg) [relative](../../slides/x.pdf)",
            "[conduct](/code-of-conduct/) [search](/search/?q=x) [propose](/propose/) [mail](mailto:a@example.com)",
            "[embed](/embed/) [embed](/embed) [card](/embed/next/) [data](/meetups.json)",
          ].join("\n") + "\n",
        ),
        "speakers/s.md": `---\nname: S\n---\nTalks at [the meetup](/meetups/2026-12-08-m/).\n`,
        "code-of-conduct.md": `---\ntitle: Code of conduct\n---\nSee [the archive](/meetups/).\n`,
      },
      { "slides/x.pdf": "%PDF-1.4", "photos/a.jpg": "jpg" },
    );
    expect(problems).toEqual([]);
  });

  it("refuses links to pages the site won't make, naming the file, the field and the line", () => {
    const { at } = load({
      "meetups/a.md": meetup(
        `schedule:\n  - time: "19:00"\n    title: T\n    kind: talk\n    abstract: "Slides: [pdf](/slides/a.pdf)"\nvenue:\n  name: Hall\n  directions: "[map](/maps/hall.png)"\n`,
        "[next](/meetups/b/)\n\n[year](/meetups/2019/) [topic](/topics/nothing/) [talks](/talks/2019/) [conduct](/code-of-conduct/) [card](/embed/later/)\n",
      ),
      "meetups/b.md": meetup("draft: true\n"),
    });
    expect(at("meetups/a.md")).toEqual([
      problem('schedule, slot 1 ("T"), abstract', /^line 1 of the text: link "\/slides\/a\.pdf" leads nowhere/),
      problem("venue.directions", /^line 1 of the text: link "\/maps\/hall\.png" leads nowhere/),
      // A draft isn't published: a link to it would lead nowhere on the site.
      problem("body", /^line 13: link "\/meetups\/b\/" leads nowhere/),
      problem("body", /^line 15: link "\/meetups\/2019\/" leads nowhere/),
      problem("body", /^line 15: link "\/topics\/nothing\/" leads nowhere/),
      problem("body", /^line 15: link "\/talks\/2019\/" leads nowhere/),
      problem("body", /^line 15: link "\/code-of-conduct\/" leads nowhere/),
      problem("body", /^line 15: link "\/embed\/later\/" leads nowhere/),
    ]);
  });

  it("lets a draft link to another draft, and the preview link to drafts", () => {
    const files = {
      "meetups/a.md": meetup("draft: true\n", "[b](/meetups/b/)\n"),
      "meetups/b.md": meetup("draft: true\n"),
    };
    expect(load(files).problems).toEqual([]);
    expect(loadContent(contentFolder(files), { publicDir: contentFolder({}), editing: true }).problems).toEqual([]);
  });

  it("refuses a photo over sharp's pixel limit, as the photo step would, from its header alone", async () => {
    const png = (side: number) => {
      const header = fs.readFileSync(path.join(fixture, "public/photos/huge.png"));
      const copy = Buffer.from(header);
      copy.writeUInt32BE(side, 16);
      copy.writeUInt32BE(side, 20);
      // The header's checksum, as a PNG reader checks it.
      copy.writeUInt32BE(crc32(copy.subarray(12, 29)), 29);
      return copy;
    };
    const over = Math.ceil(Math.sqrt(MAX_PIXELS + 1));
    const { at } = load(
      { "meetups/m.md": meetup(`photos:\n  - src: /over.png\n    alt: A\n  - src: /under.png\n    alt: B\n`) },
      { "over.png": png(over), "under.png": png(16383) },
    );
    expect(at("meetups/m.md")).toEqual([
      problem("photos, photo 1, src", /expected an image of at most 268,402,689 pixels/),
    ]);
    // sharp, which the photo step resizes with, stops at the same line.
    await expect(sharp(png(over)).resize(480).toBuffer()).rejects.toThrow(/pixel limit/);
    await expect(sharp(png(16383)).resize(480).toBuffer()).rejects.not.toThrow(/pixel limit/);
  });
});

describe("content problems, not the site's own code failing", () => {
  it.each([
    ["an emoji", `topics: ["🚀"]`, "topics[0]", /expected a topic with a letter or a digit/],
    ["punctuation", `tags: "!!! ok"`, "tags", /expected a topic with a letter or a digit in it .*got "!!!"/],
    ["a category of 61 letters", `categories: ["${"a".repeat(61)}"]`, "categories[0]", /at most 60 characters, got 61/],
  ])("refuses a topic of %s, naming the field", (_what, front, field, message) => {
    const { at } = load({ "meetups/m.md": meetup(`${front}\n`) });
    expect(at("meetups/m.md")).toEqual([problem(field, message)]);
  });

  it("takes topics of any script, and spellings that differ in case alone as one topic", () => {
    const { problems, meetups } = load({
      "meetups/a.md": meetup(`topics: [Tracing, "קרנל", "内核", "C#"]\n`),
      "meetups/b.md": meetup(`topics: [tracing, "${"ä".repeat(60)}"]\n`),
    });
    expect(problems).toEqual([]);
    expect(meetups.flatMap((m) => m.topics)).toEqual(["Tracing", "קרנל", "内核", "C#", "tracing", "ä".repeat(60)]);
  });

  it("takes names that differ only in how an accent was typed, or in a final sigma, as one: a file twice, a topic once", () => {
    const nfc = "caf\u00e9";
    const nfd = "cafe\u0301";
    const { at } = load({
      [`meetups/${nfc}.md`]: meetup(`topics: [r\u00e9sum\u00e9]\n`),
      [`meetups/${nfd}.md`]: meetup(`topics: [re\u0301sume\u0301]\n`),
      "meetups/\u03bf\u03b4\u03bf\u03c2.md": meetup(""),
      "meetups/\u03bf\u03b4\u03bf\u03c3.md": meetup(""),
    });
    for (const file of [nfc, nfd, "\u03bf\u03b4\u03bf\u03c2", "\u03bf\u03b4\u03bf\u03c3"]) {
      expect(at(`meetups/${file}.md`)).toEqual([
        problem("file name", /^two files make \/meetups\/.*: expected one slug per file/),
      ]);
    }
    const topics = load({
      "meetups/a.md": meetup(`topics: [r\u00e9sum\u00e9]\n`),
      "meetups/b.md": meetup(`topics: [re\u0301sume\u0301]\n`),
    });
    expect(topics.problems).toEqual([]);
    expect(new Set(topics.meetups.flatMap((m) => m.topics))).toEqual(new Set(["r\u00e9sum\u00e9"]));
  });

  it("refuses a topic spelt with a space or a hyphen more or less than another, and suggests the other", () => {
    const { at } = load({
      "meetups/a.md": meetup(`topics: [real-time, Real Time]\n`),
      "meetups/b.md": meetup(`topics: [Realtime, live_patching, Live-Patching, Tracing]\n`),
    });
    expect(at("meetups/a.md")).toEqual([
      problem(
        "topics[1]",
        /^the topic "Real Time" is another spelling of "real-time", in this file too: did you mean "real-time"\?$/,
      ),
    ]);
    expect(at("meetups/b.md")).toEqual([
      problem(
        "topics[0]",
        /^the topic "Realtime" is another spelling of "real-time", in \S+\/meetups\/a\.md: did you mean "real-time"\?$/,
      ),
      problem("topics[2]", /"Live-Patching" is another spelling of "live_patching", .*did you mean "live_patching"\?/),
    ]);
  });

  it.each([
    "/meetups/2016/",
    "/meetups/2016",
    "/meetups/2016/index.html",
    "/meetups/1999/preview.png",
    "/preview.png",
    "/calendar.ics",
    "/feed.json",
    "/speakers/someone/",
    "/topics/ebpf/",
    "/talks/2016/",
    "/search/",
    "/code-of-conduct/",
    "/meetups/index.html",
    "/__next._tree.txt",
    "/meetups/__next.data.txt",
  ])("refuses the old address %s, which the site makes", (old) => {
    const { at } = load({ "meetups/m.md": meetup(`redirect_from: "${old}"\n`) });
    expect(at("meetups/m.md")).toEqual([problem("redirect_from", /can't be used: /)]);
  });

  it("takes a Jekyll permalink inside a year's folder", () => {
    const { problems, meetups } = load({
      "meetups/m.md": meetup(`redirect_from: /meetups/2016/07/12/breaking-the-wall.html\n`),
    });
    expect(problems).toEqual([]);
    expect(meetups[0]?.redirects).toEqual(["/meetups/2016/07/12/breaking-the-wall.html"]);
  });

  it("keeps every page of app/ out of reach of an old address", () => {
    // app/ is where the pages are: a new section there must be one the old addresses can't take.
    // A route group, app/(site)/, adds nothing to the addresses of what it holds.
    const groups = fs.readdirSync(path.join(root, "app")).filter((name) => name.startsWith("("));
    const entries = [path.join(root, "app"), ...groups.map((g) => path.join(root, "app", g))].flatMap((dir) =>
      fs.readdirSync(dir, { withFileTypes: true }),
    );
    for (const entry of entries) {
      if (!entry.isDirectory() || /^[[(_@]/.test(entry.name)) continue;
      // app/assets/ serves the browser's modules by name, no page: the rest of /assets/ holds an old site's images.
      const address =
        entry.name === "assets"
          ? "/assets/live.0123abcd.js"
          : entry.name.includes(".")
            ? `/${entry.name}`
            : `/${entry.name}/`;
      expect(reservedPath(address), address).toBeDefined();
    }
    expect(reservedPath("/")).toBeDefined();
  });

  // GitHub Pages answers /old with a redirect to /old/, that is old/index.html (a file "old" would be a download).
  it("makes an old address without a final slash the page at /old/, which links to either lead to", async () => {
    const { problems, meetups } = load({
      "meetups/2026-12-08-m.md": meetup("redirect_from: /old\n", "[old](/old) [with its slash](/old/)\n"),
    });
    expect(problems).toEqual([]);
    await servingOldAddresses(meetups, async (origin) => {
      const bare = await fetch(`${origin}/old`, { redirect: "manual" });
      expect([bare.status, bare.headers.get("location")]).toEqual([301, "/old/"]);
      const page = await fetch(`${origin}/old/`);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await page.text()).toContain('content="0; url=/meetups/2026-12-08-m/"');
    });
  });

  // Old sites had .php and .htm pages. A static host serves a file by its extension, so /old.php as a file would be
  // a download: it is the page at /old.php/, as /old is.
  it("makes an old address a static host wouldn't serve as a page, like /old.php, the page at /old.php/, and /old.htm that page", async () => {
    const { problems, meetups } = load({
      "meetups/2026-12-08-m.md": meetup("redirect_from: [/old.php, /old.htm]\n", "[php](/old.php) [htm](/old.htm)\n"),
    });
    expect(problems).toEqual([]);
    await servingOldAddresses(meetups, async (origin) => {
      const php = await fetch(`${origin}/old.php`, { redirect: "manual" });
      expect([php.status, php.headers.get("location")]).toEqual([301, "/old.php/"]);
      for (const address of ["/old.php/", "/old.htm"]) {
        const page = await fetch(`${origin}${address}`);
        expect(page.headers.get("content-type"), address).toMatch(/^text\/html/);
        expect(await page.text(), address).toContain('content="0; url=/meetups/2026-12-08-m/"');
      }
    });
  });

  it("refuses /old/ on a second meetup when another has /old: they are one page", () => {
    const { at } = load({
      "meetups/a.md": meetup("redirect_from: /old\n"),
      "meetups/b.md": meetup("redirect_from: /old/\n"),
    });
    expect(at("meetups/b.md")).toEqual([problem("redirect_from", /already leads to .*meetups\/a\.md/)]);
  });

  it("writes one page for /old and /old/ on one meetup", () => {
    const { problems, meetups } = load({ "meetups/a.md": meetup("redirect_from: [/old, /old/]\n") });
    expect(problems).toEqual([]);
    expect(meetups[0]?.redirects).toEqual(["/old"]);
    expect(writeOldAddresses(contentFolder({}), meetups)).toBe(1);
  });

  it("takes /old with /old/new.html in its folder, but not a file /old.html holding /old.html/new.html", () => {
    expect(load({ "meetups/a.md": meetup("redirect_from: [/old, /old/new.html]\n") }).problems).toEqual([]);
    const { at } = load({ "meetups/a.md": meetup("redirect_from: [/old.html, /old.html/new.html]\n") });
    expect(at("meetups/a.md")).toEqual([
      problem(
        "redirect_from[0]",
        /^the old address \/old\.html would be a file, but \/old\.html\/new\.html needs it to be a folder/,
      ),
    ]);
  });

  it.each([
    ["9999-12-31", "date", /would end in the year 10000/],
    ["9999-12-31T23:00", "date", /would end in the year 10000/],
  ])("refuses the placeholder date %s", (date, field, message) => {
    const { at } = load({ "meetups/m.md": `---\ntitle: TBA\ndate: ${date}\n---\n` });
    expect(at("meetups/m.md")).toEqual([problem(field, message)]);
  });

  it("builds an evening on 9999-12-31 that ends within the year", () => {
    const { problems, meetups } = load({ "meetups/m.md": `---\ntitle: Far\ndate: 9999-12-31T19:00:00+02:00\n---\n` });
    expect(problems).toEqual([]);
    expect(meetups[0]?.end).toBe("9999-12-31T21:00:00+02:00");
  });
});

describe("a file with thousands of problems", () => {
  it("names a long unknown field cut short, and shows each file's first problems with a count of the rest", () => {
    const fields = Array.from({ length: 200 }, (_, i) => `"${"z".repeat(1000)}${i}": 1\n`).join("");
    const { at } = load({
      "meetups/2026-12-08-fields.md": meetup(fields),
      "meetups/2026-12-09-ok.md": meetup("rsvp: 12\n"),
    });
    const problems = at("meetups/2026-12-08-fields.md");
    expect(problems).toHaveLength(200);
    expect(problems[0]!.field).toBe(`${"z".repeat(40)}…`);
    expect(problems[0]!.message).toMatch(
      /^unknown field of 1,001 characters \("z{40}…"\): expected one of title, date/,
    );

    const printed = formatProblems([...problems, ...at("meetups/2026-12-09-ok.md")]).split("\n");
    expect(printed[0]).toBe("201 problems in the content:");
    // 20 of the broken file's, then how many more it has; the other file's problem isn't buried under them.
    expect(printed.filter((line) => line.includes("2026-12-08-fields.md: zzz"))).toHaveLength(PROBLEMS_SHOWN_PER_FILE);
    expect(printed).toContainEqual(expect.stringMatching(/2026-12-08-fields\.md: and 180 more problems in this file$/));
    expect(printed).toContainEqual(expect.stringMatching(/2026-12-09-ok\.md: rsvp: /));
    expect(Math.max(...printed.map((line) => line.length))).toBeLessThan(600);
  });
});

describe("output that was silently wrong", () => {
  it("checks an end: with an offset as date: is checked, and takes the right one", () => {
    const { at, meetups } = load({
      "meetups/winter.md": meetup("end: 2026-12-08T21:00:00+03:00\n"),
      "meetups/right.md": meetup("end: 2026-12-08T21:30:00+02:00\n"),
      "meetups/summer.md": `---\ntitle: S\ndate: 2026-07-08T19:00:00+03:00\nend: 2026-07-08T21:00:00+02:00\n---\n`,
    });
    expect(at("meetups/winter.md")).toEqual([
      problem("end", /expected the offset of Asia\/Jerusalem on that day \(\+02:00\), got \+03:00/),
    ]);
    expect(at("meetups/summer.md")).toEqual([problem("end", /\(\+03:00\), got \+02:00/)]);
    expect(meetups.map((m) => m.end)).toEqual(["2026-12-08T21:30:00+02:00"]);
  });

  it("ends a meetup whose slots have no end two hours after it starts, not when its last talk starts", () => {
    const slots = `schedule:\n  - time: "19:00"\n    title: Doors\n  - time: "19:30"\n    title: Talk\n    kind: talk\n`;
    const { meetups } = load({
      "meetups/a.md": meetup(slots),
      "meetups/b.md": meetup(`end: "22:00"\n${slots}`),
      "meetups/c.md": meetup(`${slots}    end: "20:15"\n`),
    });
    const by = (slug: string) => meetups.find((m) => m.slug === slug)!;
    expect(by("a").end).toBe("2026-12-08T21:00:00+02:00");
    expect(by("a").schedule.map((s) => [s.start.slice(11, 16), s.end?.slice(11, 16)])).toEqual([
      ["19:00", "19:30"],
      ["19:30", "21:00"],
    ]);
    expect(by("b").schedule.at(-1)?.end).toBe("2026-12-08T22:00:00+02:00");
    expect(by("c").end).toBe("2026-12-08T20:15:00+02:00");
  });

  it("refuses a last slot without an end that starts at or after the meetup's end", () => {
    const { at } = load({
      "meetups/m.md": meetup(
        `end: "21:00"\nschedule:\n  - time: "19:00"\n    title: A\n  - time: "21:00"\n    title: B\n`,
      ),
    });
    expect(at("meetups/m.md")).toEqual([
      problem(
        'schedule, slot 2 ("B"), end',
        /the last slot starts at 21:00, not before the meetup's end \(end: 21:00\)/,
      ),
    ]);
  });
});

describe("a file an organizer adds is never run or fetched", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads every hostile file without a network request", () => {
    const fetch = vi.spyOn(globalThis, "fetch");
    const request = vi.spyOn(http, "request");
    const secure = vi.spyOn(https, "request");
    const { problems } = loadContent(path.join(fixture, "content"), { publicDir: path.join(fixture, "public") });
    expect(problems.length).toBeGreaterThan(20);
    expect(fetch).not.toHaveBeenCalled();
    expect(request).not.toHaveBeenCalled();
    expect(secure).not.toHaveBeenCalled();
  });
});

/** PNG's CRC-32, for a header written by hand. */
function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
