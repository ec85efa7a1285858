import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentDocuments } from "@/lib/build/content-step";
import { loadContent } from "@/lib/content/load";
import { contentFolder, root, speakerFile, tsx } from "./helpers";

const meetup = (front: string, body = "Body.\n") => `---\n${front.trim()}\n---\n${body}`;
const ok = `title: T\ndate: 2099-07-05T19:00:00+03:00`;
const slots = (...lines: string[]) => `schedule:\n${lines.join("\n")}`;
const slot = (time: string, end: string, title: string, extra = "") =>
  `  - time: "${time}"\n    end: "${end}"\n    title: ${title}${extra}`;

// Each case of the contract's "Bad input": the file, the field, and words of what was expected.
const cases: { name: string; files: Record<string, string>; file: string; field: string; message: RegExp }[] = [
  {
    name: "a missing title",
    files: { "meetups/m.md": meetup(`date: 2099-07-05T19:00:00+03:00`) },
    file: "meetups/m.md",
    field: "title",
    message: /required: expected the meetup's title/,
  },
  {
    name: "a missing date",
    files: { "meetups/m.md": meetup(`title: T`) },
    file: "meetups/m.md",
    field: "date",
    message: /required: expected a date like/,
  },
  {
    name: "a date that can't be read",
    files: { "meetups/m.md": meetup(`title: T\ndate: next Tuesday at 7`) },
    file: "meetups/m.md",
    field: "date",
    message: /expected a date like "2016-07-12T19:00:00\+03:00" or "2016-07-12", got "next Tuesday at 7"/,
  },
  {
    name: "a day that isn't in the calendar",
    files: { "meetups/m.md": meetup(`title: T\ndate: 2099-02-30`) },
    file: "meetups/m.md",
    field: "date",
    message: /expected a day that exists in the calendar/,
  },
  {
    name: "an offset that isn't the zone's on that day",
    files: { "meetups/m.md": meetup(`title: T\ndate: 2099-07-05T19:00:00+02:00`) },
    file: "meetups/m.md",
    field: "date",
    message: /expected the offset of Asia\/Jerusalem on that day \(\+03:00\), got \+02:00/,
  },
  {
    name: "an unknown time zone",
    files: { "meetups/m.md": meetup(`${ok}\ntimezone: Asia/Tel_Aviv_Yafo`) },
    file: "meetups/m.md",
    field: "timezone",
    message: /expected an IANA time zone like "Asia\/Jerusalem", got "Asia\/Tel_Aviv_Yafo"/,
  },
  {
    name: "a time zone misspelt",
    files: { "meetups/m.md": meetup(`${ok}\ntimezone: Europe/Berlim`) },
    file: "meetups/m.md",
    field: "timezone",
    message: /got "Europe\/Berlim": did you mean "Europe\/Berlin"\?$/,
  },
  {
    name: "an unknown speaker slug",
    files: {
      "meetups/m.md": meetup(`${ok}\n${slots(slot("19:00", "19:45", "Talk", "\n    speakers: [nobody-here]"))}`),
    },
    file: "meetups/m.md",
    field: 'schedule, slot 1 ("Talk"), speakers',
    // The folder the site reads, as the organizer named it in CONTENT_DIR.
    message: /^unknown speaker "nobody-here": expected a file \S+\/kerneltlv-content-\w+\/speakers\/nobody-here\.md$/,
  },
  {
    name: "a mistyped speaker slug",
    files: {
      "meetups/m.md": meetup(
        `${ok}\n${slots(slot("19:00", "19:45", "Tiered memory in practice", "\n    speakers: [noa-bendavid]"))}`,
      ),
      "speakers/noa-ben-david.md": speakerFile("Noa Ben David"),
    },
    file: "meetups/m.md",
    field: 'schedule, slot 1 ("Tiered memory in practice"), speakers',
    message: /^unknown speaker "noa-bendavid": did you mean "noa-ben-david"\?$/,
  },
  {
    name: "slots out of order",
    files: {
      "meetups/m.md": meetup(`${ok}\n${slots(slot("20:00", "20:30", "Late"), slot("19:00", "19:30", "Early"))}`),
    },
    file: "meetups/m.md",
    field: 'schedule, slot 2 ("Early"), time',
    message: /slots out of order: expected a time at or after 20:00/,
  },
  {
    name: "overlapping slots",
    files: {
      "meetups/m.md": meetup(`${ok}\n${slots(slot("19:00", "19:45", "One"), slot("19:30", "20:00", "Two"))}`),
    },
    file: "meetups/m.md",
    field: 'schedule, slot 2 ("Two"), time',
    message: /slots overlap: expected a time at or after 19:45/,
  },
  {
    name: "a slot that ends before it starts",
    files: { "meetups/m.md": meetup(`${ok}\n${slots(slot("19:30", "19:00", "Backwards"))}`) },
    file: "meetups/m.md",
    field: 'schedule, slot 1 ("Backwards"), end',
    message: /expected a time after 19:30, got "19:00"$/,
  },
  {
    name: "a slot past midnight in an evening that ends the same day",
    files: {
      "meetups/m.md": meetup(`${ok}\n${slots(slot("19:00", "23:30", "Hacking"), slot("23:30", "00:30", "Demos"))}`),
    },
    file: "meetups/m.md",
    field: 'schedule, slot 2 ("Demos"), end',
    message:
      /expected a time after 23:30, got "00:30"; for an evening past midnight, write the meetup's end: with the next day's date/,
  },
  {
    name: "a slot time that isn't a time",
    files: { "meetups/m.md": meetup(`${ok}\n${slots(slot("7pm", "20:00", "When?"))}`) },
    file: "meetups/m.md",
    field: 'schedule, slot 1 ("When?"), time',
    message: /expected a time like "19:15", got "7pm"/,
  },
  {
    name: "a meetup end before its start",
    files: { "meetups/m.md": meetup(`${ok}\nend: 2099-07-05T18:00:00+03:00`) },
    file: "meetups/m.md",
    field: "end",
    message: /expected a time after the start/,
  },
  {
    name: "two files with one slug",
    files: { "meetups/dup.md": meetup(ok), "meetups/2099/dup.markdown": meetup(ok) },
    file: "meetups/2099/dup.markdown",
    field: "file name",
    message: /two files make \/meetups\/dup: expected one slug per file, also in .*meetups\/dup\.md/,
  },
  {
    name: "an RSVP that isn't a URL",
    files: { "meetups/m.md": meetup(`${ok}\nrsvp: "our meetup page"`) },
    file: "meetups/m.md",
    field: "rsvp",
    message: /expected a URL starting with https:\/\/ or http:\/\/, got "our meetup page"/,
  },
  {
    name: "a map link that isn't a URL",
    files: { "meetups/m.md": meetup(`${ok}\nvenue:\n  name: Hall\n  map: "www.openstreetmap"`) },
    file: "meetups/m.md",
    field: "venue.map",
    message: /expected a URL/,
  },
  {
    name: "slides that aren't a URL",
    files: {
      "meetups/m.md": meetup(
        `${ok}\n${slots(slot("19:00", "19:45", "Talk", "\n    speakers: [s]\n    slides: slides.pdf"))}`,
      ),
      "speakers/s.md": speakerFile("S"),
    },
    file: "meetups/m.md",
    field: 'schedule, slot 1 ("Talk"), slides',
    message: /expected a URL/,
  },
  {
    name: "a speaker link that isn't a URL",
    files: { "speakers/s.md": `---\nname: S\nlinks:\n  github: "@someone"\n---\n` },
    file: "speakers/s.md",
    field: "links.github",
    message: /expected a URL/,
  },
  {
    name: "a speaker link of an unknown kind",
    files: { "speakers/s.md": `---\nname: S\nlinks:\n  myspace: "https://myspace.com/s"\n---\n` },
    file: "speakers/s.md",
    field: "links.myspace",
    message: /expected one of website, github, linkedin, mastodon, x/,
  },
  {
    name: "a speaker without a name",
    files: { "speakers/s.md": `---\nrole: Somebody\n---\n` },
    file: "speakers/s.md",
    field: "name",
    message: /required: expected the speaker's name/,
  },
  {
    name: "a photo that isn't in public/",
    files: { "speakers/s.md": `---\nname: S\nphoto: /speakers/not-there.jpg\n---\n` },
    file: "speakers/s.md",
    field: "photo",
    message: /expected a file public\/speakers\/not-there\.jpg/,
  },
  {
    name: "a broken front matter",
    files: { "meetups/m.md": `---\ntitle: "unclosed\ndate: [2099\n---\nBody\n` },
    file: "meetups/m.md",
    field: "front matter",
    message: /an unclosed quote \(line 2\): the title starts with " and needs one at its end too/,
  },
  {
    name: "a draft flag that isn't true or false",
    files: { "meetups/m.md": meetup(`${ok}\ndraft: maybe`) },
    file: "meetups/m.md",
    field: "draft",
    message: /expected true or false, got "maybe"/,
  },
  {
    name: "a misspelt field",
    files: { "meetups/m.md": meetup(`${ok}\nrvsp: "https://www.meetup.com/g/events/1/"`) },
    file: "meetups/m.md",
    field: "rvsp",
    message: /unknown field "rvsp": did you mean "rsvp"\?/,
  },
  {
    name: "a script link in the body",
    files: { "meetups/m.md": meetup(ok, "[RSVP](javascript:alert(document.cookie))\n") },
    file: "meetups/m.md",
    field: "body",
    message:
      /link "javascript:alert\(document\.cookie\)": expected https:\/\/, http:\/\/, mailto: or a path on this site/,
  },
  {
    name: "front matter in JavaScript",
    files: { "meetups/m.md": `---js\n{ title: "T", date: "2099-07-05" }\n---\n` },
    file: "meetups/m.md",
    field: "front matter",
    message: /asks for another language: only YAML is read/,
  },
  {
    name: "an old address the site makes itself",
    files: { "meetups/m.md": meetup(`${ok}\nredirect_from: /feed.xml`) },
    file: "meetups/m.md",
    field: "redirect_from",
    message: /the site makes \/feed\.xml itself/,
  },
  {
    name: "a time the clocks skip",
    files: { "meetups/m.md": meetup(`title: T\ndate: 2099-03-27T02:30`) },
    file: "meetups/m.md",
    field: "date",
    message: /the clocks go forward from 02:00 to 03:00 that day/,
  },
  {
    name: "a title on two lines",
    files: { "meetups/m.md": meetup(`title: "T\\nEND:VEVENT"\ndate: 2099-07-05`) },
    file: "meetups/m.md",
    field: "title",
    message: /expected the meetup's title on one line/,
  },
  {
    name: "a file that isn't Markdown",
    files: { "meetups/notes.txt": "ideas" },
    file: "meetups/notes.txt",
    field: "file name",
    message: /expected a \.md or \.markdown file/,
  },
  // When plans change (issue 24): the combinations that can't be.
  {
    name: "a misspelt status",
    files: { "meetups/m.md": meetup(`${ok}\nstatus: canceled`) },
    file: "meetups/m.md",
    field: "status",
    message: /got "canceled": did you mean "cancelled"\?/,
  },
  {
    name: "an old date on a meetup whose plans didn't change",
    files: { "meetups/m.md": meetup(`${ok}\nprevious_date: 2099-06-28`) },
    file: "meetups/m.md",
    field: "previous_date",
    message: /only a meetup whose plans changed has one: expected status: rescheduled beside it/,
  },
  {
    name: "a postponed meetup whose schedule claims times",
    files: { "meetups/m.md": meetup(`${ok}\nstatus: postponed\n${slots(slot("19:00", "20:00", "Talk"))}`) },
    file: "meetups/m.md",
    field: 'schedule, slot 1 ("Talk"), time',
    message: /a postponed meetup has no times yet/,
  },
];

describe("bad input stops the build with the file, the field and what was expected", () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = contentFolder(c.files);
      const { problems } = loadContent(dir, { publicDir: fs.mkdtempSync(path.join(os.tmpdir(), "public-")) });
      expect(problems).toContainEqual({
        file: path.posix.join(dir, c.file),
        field: c.field,
        message: expect.stringMatching(c.message),
      });
    });
  }

  it("refuses a content folder that isn't there, rather than passing a site of no meetups", () => {
    const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-")), "contnet");
    expect(loadContent(missing).problems).toEqual([
      {
        file: missing,
        field: "folder",
        message: "expected the content folder, holding meetups/ and speakers/: found nothing here",
      },
    ]);
  });

  it("refuses a public folder without the group's logo, which is every page's icon", () => {
    const dir = contentFolder({ "meetups/m.md": meetup(ok) });
    const publicDir = contentFolder({});
    expect(contentDocuments({ dir, publicDir, publish: true }).problems).toEqual([
      {
        file: path.posix.join(publicDir, "icon.svg"),
        field: "file",
        message: "expected the group's logo, an SVG: it is the icon of every page and feed",
      },
    ]);
  });

  it("reports every problem of every file in one run", () => {
    const dir = contentFolder(
      Object.assign({}, ...cases.slice(0, 6).map((c, i) => ({ [`meetups/case-${i}.md`]: c.files["meetups/m.md"] }))),
    );
    const { problems, meetups } = loadContent(dir);
    expect(new Set(problems.map((p) => p.file)).size).toBe(6);
    expect(meetups).toHaveLength(0);
  });
});

describe("a YAML slip gets advice on what to write instead", () => {
  it.each([
    [
      "a title with a colon",
      `---\ntitle: Memory Tiering: CXL Night\ndate: 2099-07-05\n---\n`,
      'a title with a colon needs quotes: title: "Memory Tiering: CXL Night" (line 2)',
    ],
    [
      "a slot's title with a colon",
      `---\ntitle: T\ndate: 2099-07-05\nschedule:\n  - time: "19:00"\n    title: Tiered memory: "CXL" in practice\n---\n`,
      `a title with a colon needs quotes: title: 'Tiered memory: "CXL" in practice' (line 6)`,
    ],
    [
      "a tab used for indentation",
      `---\ntitle: T\ndate: 2099-07-05\nvenue:\n\tname: Hall\n---\n`,
      "a tab used for indentation (line 5): indent with spaces, YAML reads no tabs there",
    ],
    [
      "an unclosed quote",
      `---\ntitle: T\nsummary: "Memory, tiered\ndate: 2099-07-05\n---\n`,
      'an unclosed quote (line 3): the summary starts with " and needs one at its end too',
    ],
    [
      "a slot without its dash",
      `---\ntitle: T\ndate: 2099-07-05\nschedule:\n  - time: "19:00"\n    title: One\n  time: "20:00"\n    title: Two\n---\n`,
      'a list item without its dash (line 7): start it with "- ", as the item above it starts',
    ],
    [
      "a speaker without its dash",
      `---\ntitle: T\ndate: 2099-07-05\nschedule:\n  - time: "19:00"\n    title: One\n    speakers:\n      - ada\n      grace\n---\n`,
      'a list item without its dash (line 9): start it with "- ", as the item above it starts',
    ],
  ])("%s, and nothing of the parser's echoes, in a file with LF or Windows line ends", (_what, text, advice) => {
    // Windows editors end lines with CRLF: the same advice, never a carriage return to delete.
    for (const eol of ["\n", "\r\n"]) {
      const dir = contentFolder({ "meetups/m.md": text.replace(/\n/g, eol) });
      const { problems } = loadContent(dir);
      expect(problems).toEqual([
        { file: path.posix.join(dir, "meetups/m.md"), field: "front matter", message: advice },
      ]);
    }
  });

  it("leaves a quoted title with a colon alone", () => {
    const dir = contentFolder({ "meetups/m.md": `---\ntitle: "Memory Tiering: CXL Night"\ndate: 2099-07-05\n---\n` });
    expect(loadContent(dir).problems).toEqual([]);
  });
});

describe("the content check command", () => {
  it("exits non-zero and prints each problem as file: field: message", () => {
    const dir = contentFolder({
      "meetups/a.md": meetup(`title: A\ndate: someday`),
      "meetups/b.md": meetup(`date: 2099-07-05T19:00:00+03:00`),
    });
    const run = spawnSync(tsx, ["scripts/content.ts", "check"], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("2 problems in the content");
    expect(run.stderr).toContain(`${dir}/meetups/a.md: date: expected a date like`);
    expect(run.stderr).toContain(`${dir}/meetups/b.md: title: required`);
  });

  it("reports every bad-input case of the contract in one run", () => {
    // Each case's files in one folder, renamed apart (the duplicate-slug case keeps its pair).
    const files: Record<string, string> = {};
    const expected: string[] = [];
    cases.forEach((c, i) => {
      for (const [rel, text] of Object.entries(c.files)) {
        const renamed = c.name === "two files with one slug" ? rel : rel.replace(/\/([^/]+)$/, `/case-${i}-$1`);
        files[renamed] = text;
        if (rel === c.file) expected.push(`${renamed}: ${c.field}: `);
      }
    });
    const dir = contentFolder(files);
    const run = spawnSync(tsx, ["scripts/content.ts", "check"], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    for (const line of expected) expect(run.stderr).toContain(`${dir}/${line}`);
  });

  it("passes the site's own content", () => {
    const run = spawnSync(tsx, ["scripts/content.ts", "check"], { cwd: root, encoding: "utf8" });
    expect(run.stdout).toMatch(/Content OK: \d+ meetups?, \d+ speakers?/);
    expect(run.status).toBe(0);
  });
});
