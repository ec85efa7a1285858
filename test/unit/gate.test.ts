import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { githubAnnotation, formatProblem, type Problem } from "@/lib/content/problems";
import { reservedPath } from "@/lib/content/site-paths";
import { contentFolder, root, speakerFile } from "./helpers";

// The content gate against careless and hostile files (CONTENT.md, "What the
// build refuses, whoever sent the file"): each either reads correctly or is a
// problem that names the file and the field.

const meetup = (front: string, body = "Body.\n") => `---\n${front.trim()}\n---\n${body}`;
const ok = `title: T\ndate: 2099-07-05T19:00:00+03:00`;

function load(files: Record<string, string | Buffer>, publicFiles: Record<string, string | Buffer> = {}) {
  const dir = contentFolder({});
  for (const [rel, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), data);
  }
  const publicDir = contentFolder(publicFiles);
  const result = loadContent(dir, { publicDir });
  const at = (rel: string) => result.problems.filter((p) => p.file === path.posix.join(dir, rel));
  return { ...result, dir, publicDir, at };
}

const problem = (field: string, message: RegExp) =>
  expect.objectContaining({ field, message: expect.stringMatching(message) }) as Problem;

describe("files the folders hold", () => {
  it("refuses a linked file and never reads what it points to", () => {
    const outside = contentFolder({ "secret.md": meetup(`title: Secret\ndate: 2099-07-05`) });
    const { dir, meetups, at } = load({ "meetups/real.md": meetup(ok) });
    fs.symlinkSync(path.join(outside, "secret.md"), path.join(dir, "meetups/linked.md"));
    const again = loadContent(dir, { publicDir: outside });
    expect(again.problems).toContainEqual({
      file: `${dir}/meetups/linked.md`,
      field: "file name",
      message: expect.stringMatching(/got a link: links are not followed/),
    });
    expect(again.meetups.map((m) => m.title)).toEqual(["T"]);
    expect(meetups).toHaveLength(1);
    expect(at("meetups/real.md")).toEqual([]);
  });

  it("refuses a linked folder", () => {
    const outside = contentFolder({ "a.md": meetup(ok) });
    const { dir } = load({});
    fs.mkdirSync(path.join(dir, "meetups"));
    fs.symlinkSync(outside, path.join(dir, "meetups/2016"));
    const { problems, meetups } = loadContent(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: `${dir}/meetups/2016`, field: "file name" }));
    expect(meetups).toEqual([]);
  });

  it("refuses hidden files and folders, but not Git's own or what macOS and Windows leave in a folder", () => {
    const { problems, meetups, dir } = load({
      // A content folder that is a repository of its own, or a submodule (whose .git is a file).
      ".git/HEAD": "ref: refs/heads/main\n",
      ".git/config": "[core]\n",
      ".gitignore": "*.tmp\n",
      ".gitattributes": "* text=auto\n",
      "speakers/.git": "gitdir: ../.git/modules/speakers\n",
      "meetups/.draft.md": meetup(ok),
      "meetups/.old/x.md": meetup(ok),
      "speakers/.gitkeep": "",
      ".DS_Store": "\x00\x00\x00\x01Bud1",
      "meetups/.DS_Store": "\x00\x00\x00\x01Bud1",
      "meetups/Thumbs.db": "\xd0\xcf",
      "speakers/desktop.ini": "[.ShellClassInfo]",
    });
    expect(problems).toEqual([
      { file: `${dir}/meetups/.draft.md`, field: "file name", message: expect.stringMatching(/starts with "\."/) },
      { file: `${dir}/meetups/.old`, field: "file name", message: expect.stringMatching(/starts with "\."/) },
    ]);
    expect(meetups).toEqual([]);
  });

  it("refuses a subfolder whose name a link would read as something else, and reads nothing in it", () => {
    const { at, meetups } = load({
      "meetups/%2e%2e/%2e%2e/evil/2099-10-01-x.md": meetup(ok),
      "meetups/a b?c#d/2099-10-02-y.md": meetup(ok),
      "meetups/2099/2099-10-03-z.md": meetup(ok),
    });
    expect(at("meetups/%2e%2e")).toEqual([problem("file name", /^expected a folder name made of letters, digits/)]);
    expect(at("meetups/a b?c#d")).toEqual([problem("file name", /^expected a folder name made of letters, digits/)]);
    expect(meetups.map((m) => m.slug)).toEqual(["2099-10-03-z"]);
  });

  it("asks for Name.MD to be renamed, and reports its other problems in the same run", () => {
    const { at, meetups } = load({ "meetups/Name.MD": meetup(`date: 2099-07-05`) });
    expect(at("meetups/Name.MD")).toEqual([
      problem("file name", /rename it to "Name\.md"/),
      problem("title", /required/),
    ]);
    expect(meetups).toEqual([]);
  });

  it.each([
    ["a space", "meetups/my meetup.md"],
    ["a newline", "meetups/evil\n::warning::x.md"],
    ["a percent sign", "meetups/100%.md"],
    ["a question mark", "meetups/what?.md"],
    ["a control character", "meetups/bell\u0007.md"],
  ])("refuses a file name with %s: it would not make a safe address", (_what, rel) => {
    const { at, meetups } = load({ [rel]: meetup(ok) });
    expect(at(rel)).toContainEqual(problem("file name", /expected a name made of letters, digits/));
    expect(meetups).toEqual([]);
  });

  it.each([
    ["Next's placeholder", "meetups/_none.md", /doesn't start with "_"/],
    [
      "a folder's own page",
      "meetups/index.html.md",
      /other than "index\.html", which is the name of a folder's own page/,
    ],
    ["a speaker's folder page", "speakers/index.txt.md", /other than "index\.txt"/],
    ["too long for the build's file names", `meetups/2026-06-08-${"a".repeat(228)}.md`, /at most 200 bytes .* got 239/],
    ["too many Hebrew letters", `meetups/${"א".repeat(120)}.md`, /at most 200 bytes .* got 240/],
  ])("refuses a file name that is %s, which check took and the build broke on", (_what, rel, message) => {
    const { at } = load({ [rel]: rel.startsWith("speakers/") ? speakerFile("S") : meetup(ok) });
    expect(at(rel)).toContainEqual(problem("file name", message));
  });

  it("refuses an old address with a part longer than a file name can be", () => {
    const rel = "meetups/2026-06-08-m.md";
    const { at } = load({ [rel]: meetup(`${ok}\nredirect_from: /old/${"a".repeat(300)}.html`) });
    expect(at(rel)).toContainEqual(problem("redirect_from", /at most 200 bytes, got one of 305/));
  });

  it("takes names in any script", () => {
    const { problems, meetups } = load({ "meetups/2099-07-05-ערב-קרנל.md": meetup(ok) });
    expect(problems).toEqual([]);
    expect(meetups[0]?.slug).toBe("2099-07-05-ערב-קרנל");
  });

  it("refuses a file that isn't UTF-8 and says how to fix it", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(meetup(ok), "utf16le")]);
    const { at } = load({
      "meetups/latin1.md": Buffer.from("---\ntitle: Caf\xe9\n---\n", "latin1"),
      "meetups/utf16.md": utf16,
    });
    expect(at("meetups/latin1.md")).toEqual([problem("file", /expected text in UTF-8.*save it as UTF-8/)]);
    expect(at("meetups/utf16.md")).toEqual([problem("file", /looks like UTF-16/)]);
  });
});

describe("the code of conduct, a page beside the two sections", () => {
  const conduct = `---\ntitle: Code of conduct\n---\nBe **kind**. Report problems to [the organizers](mailto:org@example.com).\n`;

  it("reads content/code-of-conduct.md as a page with its title and sanitized HTML", () => {
    const { pages, problems, dir } = load({ "code-of-conduct.md": conduct });
    expect(problems).toEqual([]);
    expect(pages).toEqual([
      {
        slug: "code-of-conduct",
        sourcePath: `${dir}/code-of-conduct.md`,
        title: "Code of conduct",
        bodyHtml:
          '<p dir="auto">Be <strong>kind</strong>. Report problems to <a href="mailto:org@example.com">the organizers</a>.</p>',
      },
    ]);
  });

  it("is optional", () => {
    const { pages, problems } = load({ "meetups/m.md": meetup(ok) });
    expect(problems).toEqual([]);
    expect(pages).toEqual([]);
  });

  it("refuses every other file or folder at the top, naming the one file that may be there", () => {
    const { at, pages } = load({
      "about.md": conduct,
      "Code-Of-Conduct.md": conduct,
      "code_of_conduct.markdown": conduct,
      "pages/code-of-conduct.md": conduct,
    });
    const message = /^expected only the folders meetups\/ and speakers\/ and the file code-of-conduct\.md here$/;
    expect(at("about.md")).toEqual([problem("file name", message)]);
    expect(at("pages")).toEqual([problem("file name", message)]);
    expect(at("Code-Of-Conduct.md")).toEqual([problem("file name", /here: rename it to "code-of-conduct\.md"$/)]);
    expect(at("code_of_conduct.markdown")).toEqual([problem("file name", /rename it to "code-of-conduct\.md"$/)]);
    expect(pages).toEqual([]);
  });

  it.each([
    ["no title", "---\n---\nText.\n", "title", /required: expected the page's title/],
    ["an unknown field", "---\ntitle: C\ntitel: C\n---\nText.\n", "titel", /did you mean "title"\?/],
    ["a title on two lines", '---\ntitle: "A\\nB"\n---\nText.\n', "title", /on one line/],
    [
      "a javascript: link",
      "---\ntitle: C\n---\n[x](javascript:alert(1))\n",
      "body",
      /^line 4: link "javascript:alert\(1\)"/,
    ],
    ["no text", "---\ntitle: C\n---\n\n", "body", /required: expected the page's text/],
    ["front matter in another language", "---js\n{ title: 'C' }\n---\nText.\n", "front matter", /only YAML is read/],
  ])("refuses a code of conduct with %s, naming the field", (_what, text, field, message) => {
    const { at, pages } = load({ "code-of-conduct.md": text });
    expect(at("code-of-conduct.md")).toEqual([problem(field, message)]);
    expect(pages).toEqual([]);
  });
});

describe("front matter is YAML and nothing else", () => {
  it.each(["---js", "---javascript", "---coffee", "---json", "--- js", ";;;", "+++"])(
    "refuses front matter opened by %j, and never runs it",
    (opening) => {
      const flag = path.join(os.tmpdir(), `gate-ran-${process.pid}-${Math.random()}`);
      const code = `{ "title": (require("fs").writeFileSync(${JSON.stringify(flag)}, "ran"), "x"), "date": "2099-07-05" }`;
      const closing = opening === ";;;" ? ";;;" : opening === "+++" ? "+++" : "---";
      const globalFlag = globalThis as { gateRan?: boolean };
      const text = `${opening}\n${code}\nglobalThis.gateRan = true\n${closing}\nBody\n`;
      const { at, meetups } = load({ "meetups/m.md": text });
      expect(at("meetups/m.md")).toEqual([problem("front matter", /expected YAML front matter/)]);
      expect(meetups).toEqual([]);
      expect(fs.existsSync(flag)).toBe(false);
      expect(globalFlag.gateRan).toBeUndefined();
    },
  );

  it("reads a file saved with Windows line ends and a byte order mark", () => {
    const text =
      `\uFEFF${meetup(`${ok}\nschedule:\n  - time: "19:00"\n    end: "19:30"\n    title: Doors`, "Hello\r\n\r\nWorld\r\n")}`.replace(
        /\n/g,
        "\r\n",
      );
    const { problems, meetups } = load({ "meetups/crlf.md": text });
    expect(problems).toEqual([]);
    expect(meetups[0]?.title).toBe("T");
    expect(meetups[0]?.schedule).toHaveLength(1);
    expect(meetups[0]?.bodyHtml).toBe('<p dir="auto">Hello</p>\n<p dir="auto">World</p>');
  });

  it.each([
    [
      "a JavaScript function tag",
      `title: !!js/function "function () { return 1 }"\ndate: 2099-07-05`,
      /the tag "!!js\/function"/,
    ],
    ["a binary tag", `title: T\ndate: 2099-07-05\nphoto: !!binary aGk=`, /the tag "!!binary"/],
    ["a timestamp tag", `title: T\ndate: !!timestamp 2099-07-05`, /the tag "!!timestamp"/],
    ["a custom tag", `title: !shell "rm -rf /"\ndate: 2099-07-05`, /the tag "!shell"/],
    ["two fields of one name", `title: A\ntitle: B\ndate: 2099-07-05`, /unique \(line 3\)/],
    [
      "a second YAML document after the end marker",
      `title: T\ndate: 2099-07-05\n...\ndraft: true`,
      /expected one YAML document, got another after a "\.\.\." or "---" line \(line 5\)/,
    ],
  ])("refuses %s", (_what, front, message) => {
    const { at } = load({ "meetups/m.md": meetup(front) });
    expect(at("meetups/m.md")).toContainEqual(problem("front matter", message));
  });

  it("refuses aliases that repeat a long text past the size of a file, before any of it is rendered", () => {
    const long = "a@b.c ".repeat(36_000);
    const slots = Array.from(
      { length: 20 },
      (_, i) => `  - {time: "19:${10 + i}", title: T${i}, kind: talk, abstract: *a}`,
    );
    const front = `${ok}\nschedule:\n  - time: "19:00"\n    title: First\n    kind: talk\n    abstract: &a "${long}"\n${slots.join("\n")}`;
    const { at } = load({ "meetups/m.md": meetup(front) });
    expect(at("meetups/m.md")).toEqual([
      problem("front matter", /^expected fields of at most 512 KB as read, got 4\.\d MB: an alias \(\*name\) repeats/),
    ]);
  });

  it("refuses an alias inside its own anchor with a message, not a crash", () => {
    const { at } = load({ "meetups/m.md": meetup(`${ok}\nsummary: &a [*a]`) });
    expect(at("meetups/m.md")).toEqual([problem("front matter", /an alias \(\*name\) is inside its own anchor/)]);
  });

  it("stops an alias bomb at the alias limit", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
    ]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const started = performance.now();
    const { at } = load({ "meetups/m.md": meetup(`${ok}\n${rows.join("\n")}`) });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(at("meetups/m.md")).toEqual([problem("front matter", /resource exhaustion/)]);
  });

  it("reads a __proto__ field as an unknown field, touching no prototype", () => {
    const { at } = load({ "meetups/m.md": meetup(`${ok}\n__proto__: {polluted: true}`) });
    expect(at("meetups/m.md")).toEqual([problem("__proto__", /unknown field "__proto__"/)]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("keeps numbers as the text written: title: 1.10 is 1.10, title: 42 is 42", () => {
    const { meetups, problems } = load({
      "meetups/a.md": meetup(`title: 1.10\ndate: 2099-07-05`),
      "meetups/b.md": meetup(`title: 42\ndate: 2099-07-06\ntopics: [2016, 0x1F]`),
    });
    expect(problems).toEqual([]);
    expect(meetups.map((m) => m.title)).toEqual(["1.10", "42"]);
    expect(meetups[1]?.topics).toEqual(["2016", "0x1F"]);
  });
});

describe("unknown fields", () => {
  it.each([
    [
      "meetups/m.md",
      `${ok}\nrvsp: "https://www.meetup.com/g/events/1/"`,
      "rvsp",
      /unknown field "rvsp": did you mean "rsvp"\?/,
    ],
    ["meetups/m.md", `${ok}\nTitle: Again`, "Title", /did you mean "title"\?/],
    ["meetups/m.md", `${ok}\nvenue:\n  name: Hall\n  adress: 1 Main St`, "venue.adress", /did you mean "address"\?/],
    [
      "meetups/m.md",
      `${ok}\nschedule:\n  - time: "19:00"\n    title: Talk\n    speaker: [s]`,
      'schedule, slot 1 ("Talk"), speaker',
      /did you mean "speakers"\?/,
    ],
    ["meetups/m.md", `${ok}\ncolour: blue`, "colour", /unknown field "colour": expected one of title, date/],
    ["speakers/s.md", `name: S\nbio: Hi`, "bio", /unknown field "bio": expected one of name, role, photo, links/],
    ["speakers/s.md", `name: S\nlanguage: English!`, "language", /expected a language tag like "en" or "he"/],
  ])("%s: %s is a problem naming the field", (file, front, field, message) => {
    const { at } = load({
      [file]: meetup(front),
      "speakers/s.md": file === "speakers/s.md" ? meetup(front) : speakerFile("S"),
    });
    expect(at(file)).toContainEqual(problem(field, message));
  });

  it("takes Jekyll's own front matter in a copied post", () => {
    const { problems, meetups } = load({
      "meetups/2016-07-12-wall.markdown": meetup(
        `layout: post\ntitle: Wall\ndate: 2016-07-12 16-00-00 +0300\ncategory: meetups\ntags: [kernel]\npublished: true\n` +
          `excerpt: "Moving *things* to userspace."\nexcerpt_separator: <!--more-->\nredirect_from: /old/wall/`,
      ),
    });
    expect(problems).toEqual([]);
    expect(meetups[0]).toMatchObject({
      topics: ["kernel"],
      summary: "Moving things to userspace.",
      redirects: ["/old/wall/", "/meetups/2016/07/12/wall.html"],
    });
  });

  it("takes a copied post's image where Jekyll sites kept them, in /assets/, while the site's scripts there stay its own", () => {
    const png = fs.readFileSync(path.join(root, "test/fixtures/hebrew/public/speakers/noa-levi.jpg"));
    const { problems, meetups } = load(
      {
        "meetups/2016-07-12-wall.markdown": meetup(
          `layout: post\ntitle: Wall\ndate: 2016-07-12`,
          "19:00-19:15 mingling\n\n![The room]({{ site.baseurl }}/assets/images/room.jpg)\n",
        ),
        "meetups/2016-08-09-old.md": meetup(`title: Old\ndate: 2016-08-09\nredirect_from: /assets/live.0123abcd.js`),
      },
      { "assets/images/room.jpg": png },
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: "redirect_from",
        message: expect.stringMatching(/the site makes the scripts in \/assets\/ itself/),
      }),
    ]);
    expect(meetups[0]?.bodyHtml).toContain('src="/assets/images/room.jpg"');
  });

  it("says what a link to another post stood for: that post's page here", () => {
    const { at } = load({
      "meetups/2016-07-12-wall.markdown": meetup(
        `layout: post\ntitle: Wall\ndate: 2016-07-12`,
        "19:00-19:15 mingling\n\nAs [last time]({% post_url 2016-06-14-namespaces %}).\n",
      ),
    });
    expect(at("meetups/2016-07-12-wall.markdown")).toEqual([
      problem(
        "body",
        /^line 8: expected Markdown, got Jekyll's "\{% post_url 2016-06-14-namespaces %\}", .*: write its address, \/meetups\/2016-06-14-namespaces\/$/,
      ),
    ]);
  });

  it("names the line of the file where a copied post links nowhere, though its schedule lines are taken out", () => {
    const { at } = load({
      "meetups/2016-07-12-wall.markdown": meetup(
        `layout: post\ntitle: Wall\ndate: 2016-07-12`,
        "19:00-19:15 mingling\n19:15-20:00 Talk\n\nSee [the slides](/nowhere/).\n",
      ),
    });
    // The front matter's five lines, then the body: the link is on the file's line 9.
    expect(at("meetups/2016-07-12-wall.markdown")).toEqual([
      problem("body", /^line 9: link "\/nowhere\/" leads nowhere/),
    ]);
  });

  it("leads a post's own permalink to its page instead of Jekyll's default one", () => {
    const { problems, meetups } = load({
      "meetups/2016-07-12-wall.md": meetup(
        `layout: post\ntitle: Wall\ndate: 2016-07-12\ncategories: meetups\npermalink: /talks-2016/wall/`,
      ),
      "meetups/2016-08-01-tracing.md": meetup(
        `layout: post\ntitle: Tracing\ndate: 2016-08-01\npermalink: /:year/:month/:title:output_ext`,
      ),
    });
    expect(problems).toEqual([]);
    expect(meetups.map((m) => m.redirects)).toEqual([["/talks-2016/wall/"], ["/2016/08/tracing.html"]]);
  });

  it("refuses a permalink placeholder Jekyll doesn't have", () => {
    const { at } = load({ "meetups/m.md": meetup(`${ok}\npermalink: /:author/:title/`) });
    expect(at("meetups/m.md")).toEqual([problem("permalink", /got :author/)]);
  });

  it("keeps a post with published: false out of the site, as Jekyll did: it is a draft", () => {
    const { meetups } = load({
      "meetups/a.md": meetup(`${ok}\npublished: false`),
      "meetups/b.md": meetup(`${ok}\npublished: false\ndraft: false`),
      "meetups/c.md": meetup(`${ok}\npublished: true`),
    });
    expect(meetups.map((m) => m.draft)).toEqual([true, true, false]);
  });

  it("takes the summary from the body up to Jekyll's excerpt separator", () => {
    const { meetups } = load({
      "meetups/a.md": meetup(
        `${ok}\nexcerpt_separator: <!--more-->`,
        "Short *intro*\nin two lines.<!--more-->\n\nThe rest.\n",
      ),
    });
    expect(meetups[0]?.summary).toBe("Short intro in two lines.");
  });
});

describe("text fields carry no control characters", () => {
  it.each([
    [
      "a line break in the title",
      `title: "Two\\nlines"\ndate: 2099-07-05`,
      "title",
      /on one line, got a line break at character 4/,
    ],
    [
      "a carriage return in the title",
      `title: "A\\r\\nEND:VEVENT"\ndate: 2099-07-05`,
      "title",
      /on one line, got a line break/,
    ],
    ["a literal block as the title", `title: |\n  One\n  Two\ndate: 2099-07-05`, "title", /on one line/],
    [
      "a tab in a slot title",
      `${ok}\nschedule:\n  - time: "19:00"\n    title: "a\\tb"`,
      'schedule, slot 1 ("a\\tb"), title',
      /got a tab/,
    ],
    ["a bell in the venue", `${ok}\nvenue: "Hall\\a"`, "venue", /the control character U\+0007/],
    ["an escape in a topic", `${ok}\ntopics: [ok, "bad\\e[31m"]`, "topics[1]", /U\+001B/],
    ["a NUL in the summary", `${ok}\nsummary: "a\\0b"`, "summary", /U\+0000/],
    ["an unpaired surrogate", `title: "x\\uD800y"\ndate: 2099-07-05`, "title", /U\+D800/],
  ])("refuses %s", (_what, front, field, message) => {
    const { at } = load({ "meetups/m.md": meetup(front) });
    expect(at("meetups/m.md")).toContainEqual(problem(field, message));
  });

  it("refuses control characters in Markdown, but takes line breaks and tabs", () => {
    const { at } = load({
      "meetups/m.md": meetup(ok, "Fine\n\n\tcode\n\nbad \u000b here\n"),
      "speakers/s.md": `---\nname: S\n---\nBio \u0001\n`,
    });
    expect(at("meetups/m.md")).toEqual([problem("body", /U\+000B/)]);
    expect(at("speakers/s.md")).toEqual([problem("bio", /U\+0001/)]);
  });

  it("takes a summary over several lines", () => {
    const { meetups, problems } = load({ "meetups/m.md": meetup(`${ok}\nsummary: |\n  One.\n  Two.`) });
    expect(problems).toEqual([]);
    expect(meetups[0]?.summary).toBe("One.\nTwo.");
  });
});

describe("links and images lead only to https, http, mailto or the site", () => {
  const hostile: [string, string][] = [
    ["a javascript: link", "[x](javascript:alert(1))"],
    ["a mixed-case one", "[x](JaVaScRiPt:alert(1))"],
    ["one spelt with an entity", "[x](&#x6A;avascript:alert(1))"],
    ["one spelt with a tab entity", "[x](java&#x09;script:alert(1))"],
    ["an autolink", "<javascript:alert(1)>"],
    ["a reference-style link", "[x][r]\n\n[r]: javascript:alert(1)"],
    ["an unused definition", "Text.\n\n[r]: javascript:alert(1)"],
    ["a data: image", "![x](data:image/svg+xml;base64,PHN2Zz4=)"],
    ["a data: link", "[x](data:text/html,<script>alert(1)</script>)"],
    ["a vbscript: link", "[x](vbscript:msgbox(1))"],
    ["a raw HTML link", '<a href="javascript:alert(1)">x</a>'],
    ["a raw HTML link with an entity", '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ["a link to another host without its scheme", "[x](//evil.example/x)"],
  ];

  it.each(hostile)("refuses %s in a body, naming the URL, and never writes it into a page", (_what, markdown) => {
    const { at } = load({ "meetups/m.md": meetup(ok, `${markdown}\n`) });
    expect(at("meetups/m.md")).toEqual([
      problem("body", /^line \d+: (link|image) ".*": expected https:\/\/, http:\/\//),
    ]);
    // The renderer takes it out too, whoever calls it.
    expect(renderMarkdown(markdown)).not.toMatch(/(href|src)="\s*(javascript:|vbscript:|data:|\/\/)/i);
  });

  it("makes a code block reachable by the keyboard, so that one wider than a phone can be scrolled", () => {
    expect(renderMarkdown("```c\nint main(void) { return 0; }\n```\n")).toMatch(
      /^<pre tabindex="0"><code class="language-c">/,
    );
    // Whatever tabindex raw HTML asked for, a code block takes its place in the order of the page.
    expect(renderMarkdown('<pre tabindex="-1">x</pre>\n')).toBe('<pre tabindex="0">x</pre>');
  });

  it("names the field a bad link is in: an abstract, a bio", () => {
    const { at } = load({
      "meetups/m.md": meetup(
        `${ok}\nschedule:\n  - time: "19:00"\n    title: Doors\n  - time: "19:15"\n    title: Talk\n    speakers: [s]\n    abstract: "[x](javascript:alert(1))"`,
      ),
      "speakers/s.md": `---\nname: S\n---\nMy [site](vbscript:x).\n`,
    });
    expect(at("meetups/m.md")).toEqual([
      problem('schedule, slot 2 ("Talk"), abstract', /link "javascript:alert\(1\)"/),
    ]);
    expect(at("speakers/s.md")).toEqual([problem("bio", /^line 4: link "vbscript:x"/)]);
  });

  it.each([
    ["rsvp", `rsvp: "javascript:alert(1)"`],
    ["rsvp", `rsvp: "data:text/html,x"`],
    ["venue.map", `venue:\n  name: Hall\n  map: "JAVASCRIPT:alert(1)"`],
    ["online", `online: "//evil.example/live"`],
  ])("refuses a URL field %s that isn't https or http", (field, front) => {
    const { at } = load({ "meetups/m.md": meetup(`${ok}\n${front}`) });
    expect(at("meetups/m.md")).toContainEqual(problem(field, /expected a URL starting with https:\/\/ or http:\/\//));
  });

  it("renders links and images that are fine, and paths on the site", () => {
    const { meetups, problems } = load(
      {
        "meetups/m.md": meetup(
          ok,
          "[a](https://example.com/) [b](/speakers/) [c](mailto:x@example.com) [d](#top) ![e](/e.png)\n",
        ),
      },
      { "e.png": "png" },
    );
    expect(problems).toEqual([]);
    expect(meetups[0]?.bodyHtml).toBe(
      '<p dir="auto"><a href="https://example.com/">a</a> <a href="/speakers/">b</a> <a href="mailto:x@example.com">c</a> <a href="#top">d</a> <img src="/e.png" alt="e"></p>',
    );
  });

  it("renders an old post's plain HTML, and reports HTML the site would remove instead of dropping it", () => {
    const { at, dir, publicDir } = load(
      {
        "meetups/a.md": meetup(ok, 'Line one<br>\n<b>bold</b> <img src="/x.png" alt="x">\n'),
        "meetups/b.md": meetup(
          ok,
          'Intro.\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n\n<img src="/x.png" onerror="alert(1)">\n\n<script>alert(1)</script>\n',
        ),
      },
      { "x.png": "png" },
    );
    expect(at("meetups/a.md")).toEqual([]);
    expect(at("meetups/b.md")).toEqual([
      problem("body", /^line 7: raw HTML <iframe> is not allowed and would be removed/),
      problem("body", /^line 7: raw HTML src on <iframe> is not allowed/),
      problem("body", /^line 9: raw HTML onerror on <img> is not allowed/),
      problem("body", /^line 11: raw HTML <script> is not allowed/),
    ]);
    expect(loadContent(dir, { publicDir }).meetups.map((m) => m.bodyHtml)).toEqual([
      '<p dir="auto">Line one<br>\n<b>bold</b> <img src="/x.png" alt="x"></p>',
    ]);
  });

  it("lets each block of text find its own direction, so Hebrew reads right to left", () => {
    const { meetups } = load({ "meetups/m.md": meetup(ok, "ערב על הקרנל\n\n- פריט\n\n> ציטוט\n\n## כותרת\n") });
    expect(meetups[0]?.bodyHtml).toBe(
      '<p dir="auto">ערב על הקרנל</p>\n<ul>\n<li dir="auto">פריט</li>\n</ul>\n<blockquote dir="auto">\n<p dir="auto">ציטוט</p>\n</blockquote>\n<h2 dir="auto">כותרת</h2>',
    );
  });
});

describe("paths stay inside the site", () => {
  const publicFiles = {
    "speakers/s.jpg": fs.readFileSync("test/fixtures/hebrew/public/speakers/noa-levi.jpg"),
    "speakers/page.jpg": "<html><script>alert(1)</script></html>",
    "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
  };

  it.each([
    ["/../package.json", /without "\." or "\.\."/],
    ["/speakers/%2e%2e/%2E%2E/package.json", /without "\." or "\.\."/],
    ["/speakers/..%2f..%2fpackage.json", /without an escaped \//],
    ["//evil.example/x.png", /leads to another host/],
    ["/speakers\\..\\x.png", /backslash/],
    ["/speakers/missing.jpg", /expected a file public\/speakers\/missing\.jpg, but there is none/],
    ["/speakers", /but it is a folder/],
    ["speakers/s.jpg", /starting with "\/"/],
    ["/speakers/page.jpg", /expected a JPEG image, but public\/speakers\/page\.jpg isn't one/],
    ["/logo.svg", /expected an image with a width and a height/],
  ])("refuses the photo %s", (photo, message) => {
    const { at } = load(
      { "speakers/s.md": `---\nname: S\nphoto: "${photo.replace(/\\/g, "\\\\")}"\n---\n` },
      publicFiles,
    );
    expect(at("speakers/s.md")).toEqual([problem("photo", message)]);
  });

  it("refuses a photo that is a link leading out of public/, and the link itself", () => {
    const { dir, publicDir } = load({}, publicFiles);
    fs.mkdirSync(path.join(dir, "speakers"));
    fs.symlinkSync(path.resolve("package.json"), path.join(publicDir, "speakers/link.jpg"));
    fs.writeFileSync(path.join(dir, "speakers/s.md"), `---\nname: S\nphoto: /speakers/link.jpg\n---\n`);
    const { problems } = loadContent(dir, { publicDir });
    expect(problems).toEqual([
      { file: `${dir}/speakers/s.md`, field: "photo", message: expect.stringMatching(/leads out of it/) },
      { file: `${publicDir}/speakers/link.jpg`, field: "file", message: expect.stringMatching(/got a link/) },
    ]);
  });

  it("takes a photo that is in public/", () => {
    const { problems, speakers } = load(
      { "speakers/s.md": `---\nname: S\nphoto: /speakers/s.jpg\n---\n` },
      publicFiles,
    );
    expect(problems).toEqual([]);
    expect(speakers[0]?.photo).toBe("/speakers/s.jpg");
  });

  it.each([
    "/",
    "/index.html",
    "/404.html",
    "/404/",
    "/feed.xml",
    "/atom.xml",
    "/feed.json",
    "/calendar.ics",
    "/sitemap.xml",
    "/robots.txt",
    "/.nojekyll",
    "/icon.svg",
    "/favicon.ico",
    "/meetups/",
    "/meetups",
    "/meetups/index.html",
    "/speakers/",
    "/speakers/someone/",
    "/topics/x/",
    "/talks/",
    "/search/index.html",
    "/propose/",
    "/code-of-conduct/",
    "/_next/static/x.js",
    "/assets/live.1234abcd.js",
    "/pagefind/pagefind.js",
    "/opengraph-image.png",
    "/feed.xml/x.html",
    "/logo.svg",
    "/a/../feed.xml",
    "/a/%2e%2e/feed.xml",
    "/a//b.html",
    "/a?b",
  ])("refuses the old address %s", (from) => {
    const { at } = load({ "meetups/m.md": meetup(`${ok}\nredirect_from: "${from}"`) }, publicFiles);
    expect(at("meetups/m.md")).toEqual([problem("redirect_from", /the old address .* can't be used/)]);
  });

  it("reads one old address as one path, as Jekyll does, a comma in it or a space", () => {
    const { at, meetups } = load({
      "meetups/a.md": meetup(`${ok}\nredirect_from: /2016/07/12/kernel,userspace.html`),
      "meetups/b.md": meetup(`${ok}\nredirect_from: "/old page.html"`),
    });
    expect(meetups.find((m) => m.slug === "a")?.redirects).toEqual(["/2016/07/12/kernel,userspace.html"]);
    expect(at("meetups/b.md")).toEqual([
      problem("redirect_from", /^the old address "\/old page\.html" can't be used: expected a path without spaces/),
    ]);
  });

  it("refuses an old address that is another meetup's page, or under it, or another meetup's old address", () => {
    const { at } = load({
      "meetups/a.md": meetup(`${ok}\nredirect_from: [/meetups/b/, /meetups/B/calendar.ics, /old/]`),
      "meetups/b.md": meetup(`${ok}\nredirect_from: /old/`),
    });
    expect(at("meetups/a.md")).toEqual([
      problem("redirect_from[0]", /\/meetups\/b\/ is the page of the meetup b/),
      problem("redirect_from[1]", /is the page of the meetup b/),
    ]);
    expect(at("meetups/b.md")).toEqual([problem("redirect_from", /already leads to .*meetups\/a\.md/)]);
  });

  it("refuses a Jekyll permalink that would be a file the site makes", () => {
    const { at } = load({
      "meetups/2016-07-12-wall.md": meetup(`layout: post\ntitle: W\ndate: 2016-07-12\ncategories: feed.xml`),
    });
    expect(at("meetups/2016-07-12-wall.md")).toEqual([
      problem("categories", /"\/feed\.xml\/2016\/07\/12\/wall\.html" can't be used: the site makes \/feed\.xml itself/),
    ]);
  });

  it("takes a Jekyll post's file name as Jekyll did, and gives its page the nearest address the site can", () => {
    const name = "meetups/2017-07-11-C++ in the kernel (part 1).markdown";
    const { problems, meetups } = load({
      [name]: meetup(`layout: post\ntitle: C\ndate: 2017-07-11\ncategories: meetups`),
      "meetups/2017-08-08-what's new?.md": meetup(ok),
    });
    expect(problems).toEqual([]);
    const c = meetups.find((m) => m.title === "C")!;
    expect(c.slug).toBe("2017-07-11-C-in-the-kernel-part-1");
    expect(c.sourcePath).toMatch(/\/meetups\/2017-07-11-C\+\+ in the kernel \(part 1\)\.markdown$/);
    // Jekyll's "pretty" slugify kept "+" and brackets in the old address.
    expect(c.redirects).toEqual(["/meetups/2017/07/11/C++-in-the-kernel-(part-1).html"]);
    expect(meetups.map((m) => m.slug)).toContain("2017-08-08-what-s-new");
  });

  it("keeps a Jekyll post's old address as Jekyll made it of a name ending in dots: without them", () => {
    const { problems, meetups } = load({
      "meetups/2017-07-11-kprobes, uprobes, etc..markdown": meetup(`layout: post\ntitle: K\ndate: 2017-07-11`),
    });
    expect(problems).toEqual([]);
    expect(meetups[0]!.slug).toBe("2017-07-11-kprobes-uprobes-etc");
    expect(meetups[0]!.redirects).toEqual(["/2017/07/11/kprobes,-uprobes,-etc.html"]);
  });

  it("still refuses a name the site can't take that is no Jekyll post's, and two names with one address", () => {
    const { at } = load({
      "speakers/Jane Doe.md": "---\nname: Jane\n---\n",
      "speakers/2017-07-11-jane doe.md": "---\nname: Jane\n---\n",
      // Only spaces and punctuation become "-": a control or invisible character is refused as anywhere else.
      "meetups/2017-07-11-a\u001b[31mred.md": meetup(ok),
      "meetups/2017-07-11-abc\u202edcba.md": meetup(ok),
      "meetups/2017-07-11-+++.md": meetup(ok),
      "meetups/2017-07-11-c++ talk.md": meetup(ok),
      "meetups/2017-07-11-c talk.md": meetup(ok),
    });
    for (const name of [
      "speakers/Jane Doe.md",
      "speakers/2017-07-11-jane doe.md",
      "meetups/2017-07-11-a\u001b[31mred.md",
      "meetups/2017-07-11-abc\u202edcba.md",
      "meetups/2017-07-11-+++.md",
    ]) {
      expect(at(name)).toEqual([problem("file name", /rename it, e\.g\. with "-" for spaces$/)]);
    }
    const both =
      /^two files make \/meetups\/2017-07-11-c-talk: expected one slug per file, also in .*2017-07-11-c\+?\+? talk\.md; rename one$/;
    expect(at("meetups/2017-07-11-c++ talk.md")).toEqual([problem("file name", both)]);
    expect(at("meetups/2017-07-11-c talk.md")).toEqual([problem("file name", both)]);
  });

  it("gives the reason from one exported function, for the build to ask too", () => {
    expect(reservedPath("/meetups/2016/07/12/wall.html", { meetups: ["2016-07-12-wall"] })).toBeUndefined();
    expect(reservedPath("/meetups/x/", { meetups: ["x"] })).toBe("/meetups/x/ is the page of the meetup x");
    expect(reservedPath("/feed.xml")).toBe("the site makes /feed.xml itself");
    expect(reservedPath("/a/../b")).toMatch(/without "\." or "\.\."/);
  });
});

describe("time", () => {
  it("refuses a start the clocks skip, naming the field and what the clocks do", () => {
    const { at } = load({
      "meetups/a.md": meetup(`title: T\ndate: 2024-03-29T02:30`),
      "meetups/b.md": meetup(
        `title: T\ndate: 2024-03-29\nschedule:\n  - time: "01:30"\n    end: "02:15"\n    title: Night owls\n  - time: "03:00"\n    title: Talk`,
      ),
    });
    const message =
      /^02:30 doesn't exist on 2024-03-29 in Asia\/Jerusalem: the clocks go forward from 02:00 to 03:00 that day/;
    expect(at("meetups/a.md")).toEqual([problem("date", message)]);
    expect(at("meetups/b.md")).toEqual([
      problem('schedule, slot 1 ("Night owls"), end', /^02:15 doesn't exist .* from 02:00 to 03:00/),
    ]);
  });

  it("refuses a speaker named twice on one slot, who would be shown twice", () => {
    const { at } = load({
      "meetups/a.md": meetup(
        `title: T\ndate: 2099-06-16T19:00\nschedule:\n  - time: "19:00"\n    title: Talk\n    speakers: [s, s]`,
      ),
      "speakers/s.md": speakerFile("S"),
    });
    expect(at("meetups/a.md")).toEqual([
      problem('schedule, slot 1 ("Talk"), speakers', /^"s" is named twice: expected each speaker once$/),
    ]);
  });

  it("names a slot's start the clocks skip once, with no second problem for its end", () => {
    const { at } = load({
      "meetups/a.md": meetup(
        `title: T\ndate: 2027-03-26\nschedule:\n  - time: "02:30"\n    end: "03:00"\n    title: Night owls`,
      ),
    });
    expect(at("meetups/a.md")).toEqual([
      problem('schedule, slot 1 ("Night owls"), time', /^02:30 doesn't exist on 2027-03-26 in Asia\/Jerusalem/),
    ]);
  });

  it("names a speaker's file that can't be read, not each of their talks as by an unknown speaker", () => {
    const { problems, dir } = load({
      "meetups/a.md": meetup(
        `title: T\ndate: 2099-06-16T19:00\nschedule:\n  - time: "19:00"\n    title: Talk\n    speakers: [s]`,
      ),
      // The closing --- forgotten.
      "speakers/s.md": "---\nname: S\nBio.\n",
    });
    expect(problems.map((p) => p.file)).toEqual([`${dir}/speakers/s.md`]);
  });

  it("refuses a start the clocks skip in date: when a schedule follows, as without one", () => {
    const { at } = load({
      "meetups/a.md": meetup(
        `title: T\ndate: 2099-03-27T02:30\nschedule:\n  - time: "19:00"\n    end: "21:00"\n    title: Talk`,
      ),
    });
    expect(at("meetups/a.md")).toEqual([
      problem(
        "date",
        /^02:30 doesn't exist on 2099-03-27 in Asia\/Jerusalem: the clocks go forward from 02:00 to 03:00/,
      ),
    ]);
  });

  it("keeps the schedule within the meetup: no slot before its start, none past an end written for it", () => {
    const slot = (time: string, end: string, title: string) =>
      `  - time: "${time}"\n    end: "${end}"\n    title: ${title}`;
    const { at } = load({
      // The evening's times as they would come out: 19:00-18:30.
      "meetups/early.md": meetup(
        `title: T\ndate: 2099-06-16T19:00\nschedule:\n${slot("17:00", "17:45", "A")}\n${slot("17:45", "18:30", "B")}`,
      ),
      // The calendar would end the meetup before its last talk.
      "meetups/late.md": meetup(
        `title: T\ndate: 2099-06-16T19:00\nend: "20:00"\nschedule:\n${slot("19:00", "20:00", "A")}\n${slot("20:00", "21:00", "B")}`,
      ),
      "meetups/fine.md": meetup(
        `title: T\ndate: 2099-06-16T19:00\nend: "21:00"\nschedule:\n${slot("19:30", "20:00", "A")}\n${slot("20:00", "21:00", "B")}`,
      ),
    });
    expect(at("meetups/early.md")).toEqual([
      problem(
        'schedule, slot 1 ("A"), time',
        /^expected a time at or after the meetup's start \(date: 19:00\), got "17:00"/,
      ),
    ]);
    expect(at("meetups/late.md")).toEqual([
      problem(
        'schedule, slot 2 ("B"), end',
        /^expected the slot to end by the meetup's end \(end: 20:00\), got "21:00"/,
      ),
    ]);
    expect(at("meetups/fine.md")).toEqual([]);
  });

  it("reads a time the clocks show twice as the first, unless the offset says the second", () => {
    const { meetups, problems } = load({
      "meetups/a.md": meetup(`title: A\ndate: 2024-10-27T01:30`),
      "meetups/b.md": meetup(`title: B\ndate: 2024-10-27T01:30:00+02:00`),
    });
    expect(problems).toEqual([]);
    expect(meetups.map((m) => [m.start, new Date(m.start).toISOString()])).toEqual([
      ["2024-10-27T01:30:00+03:00", "2024-10-26T22:30:00.000Z"],
      ["2024-10-27T01:30:00+02:00", "2024-10-26T23:30:00.000Z"],
    ]);
  });

  it("makes zone names canonical and takes UTC and Etc/GMT+5", () => {
    const { meetups, problems } = load({
      "meetups/a.md": meetup(`${ok}\ntimezone: asia/jerusalem`),
      "meetups/b.md": meetup(`title: T\ndate: 2099-07-05T19:00\ntimezone: UTC`),
      "meetups/c.md": meetup(`title: T\ndate: 2099-07-05T19:00\ntimezone: Etc/GMT+5`),
    });
    expect(problems).toEqual([]);
    expect(meetups.map((m) => [m.timeZone, m.start])).toEqual([
      ["Asia/Jerusalem", "2099-07-05T19:00:00+03:00"],
      ["UTC", "2099-07-05T19:00:00+00:00"],
      ["Etc/GMT+5", "2099-07-05T19:00:00-05:00"],
    ]);
  });

  it("refuses a year before 1973, when some zones still kept local mean time", () => {
    const { meetups, at } = load({
      "meetups/a.md": meetup(`title: Old\ndate: 1900-01-01T19:00`),
      "meetups/b.md": meetup(`title: T\ndate: 0999-07-05`),
      "meetups/c.md": meetup(`title: T\ndate: 1972-12-31\ntimezone: Africa/Monrovia`),
      "meetups/d.md": meetup(`title: T\ndate: 1973-01-01T19:00\ntimezone: Africa/Monrovia`),
    });
    for (const file of ["a", "b", "c"]) {
      expect(at(`meetups/${file}.md`)).toEqual([problem("date", /^expected a year from 1973 to 9999, got/)]);
    }
    expect(meetups.map((m) => m.start)).toEqual(["1973-01-01T19:00:00+00:00"]);
  });
});

const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>';

// Small real images, made once: the gate reads each one's size from its bytes.
let images: Record<string, Buffer> = {};
beforeAll(async () => {
  const pixels = () => sharp({ create: { width: 40, height: 30, channels: 3, background: "#c33" } });
  images = {
    jpg: await pixels().jpeg().toBuffer(),
    png: await pixels().png().toBuffer(),
    webp: await pixels().webp().toBuffer(),
    avif: await pixels().avif().toBuffer(),
    // Stored on its side, with the EXIF note a phone writes to turn it upright.
    sideways: await pixels().jpeg().withMetadata({ orientation: 6 }).toBuffer(),
  };
});

describe("the contract's other fields (language, venue geo and directions, online, hosts, photos)", () => {
  const evening = `${ok}
language: HE
online: "https://www.youtube.com/watch?v=x"
venue:
  name: Hall
  geo: [32.0853, 34.7818]
  directions: "Third floor, **side** entrance."
  accessibility: "Step-free."
hosts:
  - name: Example Corp
    url: "https://example.com"
    logo: /hosts/example.svg
photos:
  - src: /photos/01.jpg
    alt: A full room
schedule:
  - time: "19:00"
    title: Talk
    language: en`;

  it("reads them into plain JSON the pages can use", () => {
    const { meetups, problems } = load(
      { "meetups/m.md": meetup(evening) },
      { "hosts/example.svg": logo, "photos/01.jpg": images.jpg! },
    );
    expect(problems).toEqual([]);
    const m = meetups[0]!;
    expect(m).toMatchObject({
      language: "he",
      online: "https://www.youtube.com/watch?v=x",
      venue: {
        name: "Hall",
        geo: { latitude: 32.0853, longitude: 34.7818 },
        accessibilityHtml: '<p dir="auto">Step-free.</p>',
      },
      hosts: [
        {
          name: "Example Corp",
          url: "https://example.com",
          logo: { src: "/hosts/example.svg", width: 120, height: 40 },
        },
      ],
      photos: [{ src: "/photos/01.jpg", alt: "A full room", width: 40, height: 30 }],
    });
    expect(m.venue?.directionsHtml).toBe('<p dir="auto">Third floor, <strong>side</strong> entrance.</p>');
    expect(m.schedule[0]?.language).toBe("en");
    expect(JSON.parse(JSON.stringify(m))).toStrictEqual(m);
  });

  it("reads a speaker's language, for their role and bio", () => {
    const { speakers, problems } = load({
      "meetups/m.md": meetup(ok),
      "speakers/s.md": "---\nname: S\nlanguage: EN-gb\n---\nBio.\n",
    });
    expect(problems).toEqual([]);
    expect(speakers[0]?.language).toBe("en-GB");
  });

  it("refuses each of them when it isn't what the contract says", () => {
    const bad = evening
      .replace("language: HE", "language: not a language!")
      .replace("[32.0853, 34.7818]", "[132, 34]")
      .replace("/hosts/example.svg", "/../hosts/example.svg")
      .replace("    alt: A full room\n", "")
      .replace("Step-free.", "[x](javascript:alert(1))");
    const { at } = load({ "meetups/m.md": meetup(bad) }, { "hosts/example.svg": logo, "photos/01.jpg": images.jpg! });
    expect(at("meetups/m.md").map((p) => p.field)).toEqual([
      "venue.geo",
      "venue.accessibility",
      "language",
      'hosts, host 1 ("Example Corp"), logo',
      "photos, photo 1, alt",
    ]);
  });
});

describe("photos and logos carry the size the browser will show", () => {
  const withPhotos = (...srcs: string[]) =>
    meetup(`${ok}\nphotos:\n${srcs.map((src, i) => `  - src: "${src}"\n    alt: Photo ${i}`).join("\n")}`);

  it("reads the width and height of a jpg, jpeg, png, webp and avif photo", () => {
    const { meetups, problems } = load(
      { "meetups/m.md": withPhotos("/p/a.jpg", "/p/b.JPEG", "/p/c.png", "/p/d.webp", "/p/e.avif") },
      {
        "p/a.jpg": images.jpg!,
        "p/b.JPEG": images.jpg!,
        "p/c.png": images.png!,
        "p/d.webp": images.webp!,
        "p/e.avif": images.avif!,
      },
    );
    expect(problems).toEqual([]);
    expect(meetups[0]?.photos?.map((p) => [p.src, p.width, p.height])).toEqual([
      ["/p/a.jpg", 40, 30],
      ["/p/b.JPEG", 40, 30],
      ["/p/c.png", 40, 30],
      ["/p/d.webp", 40, 30],
      ["/p/e.avif", 40, 30],
    ]);
  });

  it("gives a phone photo stored on its side the size it is shown at, upright", () => {
    const { meetups, problems } = load(
      { "meetups/m.md": withPhotos("/p/side.jpg") },
      { "p/side.jpg": images.sideways! },
    );
    expect(problems).toEqual([]);
    expect(meetups[0]?.photos?.[0]).toMatchObject({ width: 30, height: 40 });
  });

  it("refuses a photo of another kind, or one that isn't the image its name says, naming the photo", () => {
    const { at, meetups } = load(
      { "meetups/m.md": withPhotos("/p/a.gif", "/p/b.svg", "/p/c.jpg", "/p/d.png", "/p/e.webp") },
      {
        "p/a.gif": "GIF89a",
        "p/b.svg": logo,
        "p/c.jpg": images.png!,
        "p/d.png": "<html>not an image</html>",
        "p/e.webp": Buffer.alloc(0),
      },
    );
    expect(at("meetups/m.md")).toEqual([
      problem(
        "photos, photo 1, src",
        /expected an image file ending in jpg, jpeg, png, webp, avif, got public\/p\/a\.gif/,
      ),
      problem(
        "photos, photo 2, src",
        /expected an image file ending in jpg, jpeg, png, webp, avif, got public\/p\/b\.svg/,
      ),
      problem(
        "photos, photo 3, src",
        /expected a JPEG image, but public\/p\/c\.jpg isn't one: it is a PNG image; rename it or convert it/,
      ),
      problem("photos, photo 4, src", /expected a PNG image, but public\/p\/d\.png isn't one/),
      problem("photos, photo 5, src", /expected a WebP image, but public\/p\/e\.webp isn't one/),
    ]);
    expect(meetups).toEqual([]);
  });

  it("refuses a photo cut off before its end, which the build's photo step can't read", () => {
    const kinds = ["jpg", "sideways", "png", "webp", "avif"];
    const src = (kind: string) => `/p/${kind}.${kind === "sideways" ? "jpg" : kind}`;
    const cut = Object.fromEntries(kinds.map((kind) => [src(kind).slice(1), images[kind]!.subarray(0, -2)]));
    const { at } = load({ "meetups/m.md": withPhotos(...kinds.map(src)) }, cut);
    expect(at("meetups/m.md")).toEqual(
      kinds.map((kind, i) =>
        problem(
          `photos, photo ${i + 1}, src`,
          new RegExp(`expected a whole image, but public${src(kind)} ends before the image does`),
        ),
      ),
    );
  });

  it("still asks for what each photo shows", () => {
    const { at } = load({ "meetups/m.md": meetup(`${ok}\nphotos:\n  - src: /p/a.jpg`) }, { "p/a.jpg": images.jpg! });
    expect(at("meetups/m.md")).toEqual([
      problem("photos, photo 1, alt", /required: expected what the photo shows, for people who can't see it/),
    ]);
  });

  it("takes a logo in SVG, sized by its width and height or its viewBox, and refuses one with neither", () => {
    const hosts = (...logos: string[]) =>
      meetup(`${ok}\nhosts:\n${logos.map((l, i) => `  - name: Host ${i}\n    logo: ${l}`).join("\n")}`);
    const { at, dir, publicDir } = load(
      { "meetups/m.md": hosts("/a.svg", "/b.svg", "/c.png", "/d.svg") },
      {
        "a.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"></svg>',
        "b.svg": logo,
        "c.png": images.png!,
        "d.svg": '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
      },
    );
    expect(at("meetups/m.md")).toEqual([
      problem(
        'hosts, host 4 ("Host 3"), logo',
        /has none that can be read: give its <svg> width and height, or a viewBox/,
      ),
    ]);
    fs.writeFileSync(path.join(publicDir, "d.svg"), logo);
    const { meetups, problems } = loadContent(dir, { publicDir });
    expect(problems).toEqual([]);
    expect(meetups[0]?.hosts?.map((h) => h.logo)).toEqual([
      { src: "/a.svg", width: 200, height: 50 },
      { src: "/b.svg", width: 120, height: 40 },
      { src: "/c.png", width: 40, height: 30 },
      { src: "/d.svg", width: 120, height: 40 },
    ]);
  });
});

describe("talks: slides, recordings and their place on the page", () => {
  const talks = (...extra: string[]) =>
    meetup(
      `${ok}\nschedule:\n${extra
        .map(
          (x, i) =>
            `  - time: "${19 + Math.floor(i / 2)}:${i % 2 ? "30" : "00"}"\n    title: Talk ${i}\n    speakers: [s]${x}`,
        )
        .join("\n")}`,
    );
  const pdf = "%PDF-1.4\n%%EOF\n";

  it("takes slides as a web address or as a PDF in public/", () => {
    const { meetups, problems } = load(
      {
        "meetups/m.md": talks(
          `\n    slides: "https://speakerdeck.com/x/y"`,
          `\n    slides: "http://example.com/slides"`,
          `\n    slides: /slides/2099/talk.pdf`,
        ),
        "speakers/s.md": speakerFile("S"),
      },
      { "slides/2099/talk.pdf": pdf },
    );
    expect(problems).toEqual([]);
    expect(meetups[0]?.schedule.map((s) => s.slides)).toEqual([
      "https://speakerdeck.com/x/y",
      "http://example.com/slides",
      "/slides/2099/talk.pdf",
    ]);
  });

  it.each([
    ["/slides/talk.pptx", /expected a path to a PDF \(ending in \.pdf\)/],
    ["/slides/missing.pdf", /expected a file public\/slides\/missing\.pdf, but there is none/],
    ["/../package.json.pdf", /without "\." or "\.\."/],
    ["/slides/fake.pdf", /expected a PDF file, but public\/slides\/fake\.pdf isn't one/],
    ["slides/talk.pdf", /expected a URL starting with https:\/\/ or http:\/\/, or a path to a PDF under public\//],
    ["javascript:alert(1)", /expected a URL starting with https:\/\/ or http:\/\/, or a path to a PDF/],
    ["//evil.example/x.pdf", /expected a URL starting with https:\/\/ or http:\/\/, or a path to a PDF/],
  ])("refuses the slides %s", (slides, message) => {
    const { at } = load(
      { "meetups/m.md": talks(`\n    slides: "${slides}"`), "speakers/s.md": speakerFile("S") },
      { "slides/talk.pptx": "x", "slides/fake.pdf": "<html>" },
    );
    expect(at("meetups/m.md")).toEqual([problem('schedule, slot 1 ("Talk 0"), slides', message)]);
  });

  it("reads a recording's player from its address, and keeps any other https address as a link", () => {
    const { meetups, problems } = load({
      "meetups/m.md": talks(
        `\n    video: "https://youtu.be/dQw4w9WgXcQ?t=90"`,
        `\n    video: "https://vimeo.com/76979871"`,
        `\n    video: "https://media.ccc.de/v/talk"`,
      ),
      "speakers/s.md": speakerFile("S"),
    });
    expect(problems).toEqual([]);
    expect(meetups[0]?.schedule.map((s) => [s.video, s.recording?.provider, s.recording?.embed])).toEqual([
      [
        "https://youtu.be/dQw4w9WgXcQ?t=90",
        "youtube",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90",
      ],
      ["https://vimeo.com/76979871", "vimeo", "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1"],
      ["https://media.ccc.de/v/talk", "other", undefined],
    ]);
  });

  it.each([
    [
      "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
      /expected an https:\/\/ address .*: write "https:\/\/www\.youtube\.com/,
    ],
    ["https://www.youtube.com/watch?v=dQw4w9WgXc", /expected a YouTube video address like/],
    ["https://vimeo.com/1234abc", /expected a Vimeo video address like/],
    ["javascript:alert(1)", /expected a URL starting with https:\/\//],
  ])("refuses the recording %s", (video, message) => {
    const { at } = load({ "meetups/m.md": talks(`\n    video: "${video}"`), "speakers/s.md": speakerFile("S") });
    expect(at("meetups/m.md")).toEqual([problem('schedule, slot 1 ("Talk 0"), video', message)]);
  });

  it("gives each talk an anchor from its title, in any script, unique within the meetup; breaks get none", () => {
    const schedule = [
      ["19:00", "Doors", ""],
      ["19:15", "eBPF: XDP & Friends!", "[s]"],
      ["19:45", "ליבת לינוקס", "[s]"],
      ["20:15", "eBPF — XDP & friends", "[s]"],
      ["20:45", "🐧🐧", "[s]"],
    ]
      .map(
        ([time, title, speakers]) =>
          `  - time: "${time}"\n    title: "${title}"${speakers ? `\n    speakers: ${speakers}` : ""}`,
      )
      .join("\n");
    const { meetups, problems } = load({
      "meetups/m.md": meetup(`${ok}\nschedule:\n${schedule}`),
      "speakers/s.md": speakerFile("S"),
    });
    expect(problems).toEqual([]);
    expect(meetups[0]?.schedule.map((s) => s.anchor)).toEqual([
      undefined,
      "talk-ebpf-xdp-friends",
      "talk-ליבת-לינוקס",
      "talk-ebpf-xdp-friends-2",
      "talk-4",
    ]);
  });
});

describe("all problems in one run", () => {
  it("names an unknown speaker in a file that has another problem too", () => {
    const { at } = load({
      "meetups/m.md": meetup(
        `date: 2099-07-05T19:00:00+03:00\nschedule:\n  - time: "19:00"\n    title: Talk\n    speakers: [nobody]`,
      ),
    });
    expect(at("meetups/m.md")).toEqual([
      problem("title", /required/),
      problem('schedule, slot 1 ("Talk"), speakers', /unknown speaker "nobody"/),
    ]);
  });

  it("names an unknown speaker of a slot whose time is wrong, and a bad abstract of a meetup without a title", () => {
    const { at } = load({
      "meetups/m.md": meetup(
        `date: 2099-07-05T19:00:00+03:00\nschedule:\n  - time: "7pm"\n    title: Talk\n    speakers: [nobody]\n    abstract: "[x](javascript:x)"`,
      ),
    });
    expect(at("meetups/m.md").map((p) => p.field)).toEqual([
      "title",
      'schedule, slot 1 ("Talk"), time',
      'schedule, slot 1 ("Talk"), abstract',
      'schedule, slot 1 ("Talk"), speakers',
    ]);
  });
});

describe("the meetup archive's years", () => {
  it("keep their addresses: a meetup file named only as a year is refused", () => {
    const { at, meetups } = load({ "meetups/2016.md": meetup(ok), "meetups/2016-07-12-fine.md": meetup(ok) });
    expect(at("meetups/2016.md")).toEqual([
      problem("file name", /isn't only a year: \/meetups\/2016\/ is the archive's page/),
    ]);
    expect(meetups.map((m) => m.slug)).toEqual(["2016-07-12-fine"]);
  });
});

describe("what the link-preview images draw", () => {
  it("refuses a title, name or role with a letter none of the site's fonts has, and accepts every script they cover", () => {
    const { at, meetups } = load({
      "meetups/hieroglyph.md": meetup(`title: "Kernel \u{13000} night"\ndate: 2099-07-05T19:00:00+03:00`),
      "meetups/scripts.md": meetup(
        `title: "ליבת לינוקס · Ядро · 内核 · カーネル · نواة 🐧"\ndate: 2099-07-06T19:00:00+03:00`,
      ),
      "speakers/s.md": `---\nname: "Dana \u{1D11E}"\nrole: "Engineer \u{13000}"\n---\n`,
    });
    expect(at("meetups/hieroglyph.md")).toEqual([problem("title", /can draw, got "𓀀" \(U\+13000\)/)]);
    expect(at("speakers/s.md")).toEqual([problem("name", /U\+1D11E/), problem("role", /U\+13000/)]);
    expect(at("meetups/scripts.md")).toEqual([]);
    expect(meetups.map((m) => m.slug)).toEqual(["scripts"]);
  });
});

describe("messages", () => {
  it("never throw, whatever bytes a file holds", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 40; i++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(random() * 400) }, () => Math.floor(random() * 256)));
      const head = i % 2 ? Buffer.from("---\n") : Buffer.alloc(0);
      files[`meetups/garbage-${i}.md`] = Buffer.concat([head, bytes, i % 3 ? Buffer.from("\n---\n") : Buffer.alloc(0)]);
      files[`speakers/garbage-${i}.md`] = Buffer.from(
        `---\nname: [${"{".repeat(i * 50)}\n---\n${"<".repeat(i)}&#x${i};`,
      );
    }
    files["meetups/deep.md"] = Buffer.from(
      `---\ntitle: T\ndate: 2099-07-05\n---\n${"> ".repeat(5000)}x\n${"[".repeat(5000)}\n`,
    );
    const { problems } = load(files);
    expect(problems.length).toBeGreaterThan(40);
    for (const p of problems) expect(p.message).not.toMatch(/\n\s+at /);
  });

  it("print a file name with a line break or a terminal escape as visible text", () => {
    const p: Problem = { file: "content/meetups/a\n\u001b[2Jb.md", field: "title", message: "required" };
    expect(formatProblem(p)).toBe("content/meetups/a\\u{a}\\u{1b}[2Jb.md: title: required");
  });

  it("become GitHub annotations that no file name can add lines to", () => {
    const p: Problem = {
      file: "content/meetups/x\n::warning file=README.md::forged.md",
      field: "schedule[0].time, again: %",
      message: "expected a time\r\nlike 19:15: got 50% off",
    };
    const line = githubAnnotation(p);
    expect(line.split(/\r|\n/)).toHaveLength(1);
    expect(line).toBe(
      "::error file=content/meetups/x%0A%3A%3Awarning file=README.md%3A%3Aforged.md,title=schedule[0].time%2C again%3A %25::expected a time%0D%0Alike 19:15: got 50%25 off",
    );
  });
});
