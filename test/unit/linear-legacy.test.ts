import path from "node:path";
import { describe, expect, it } from "vitest";
import { readLegacyBody } from "@/lib/content/legacy";
import { MAX_FILE_BYTES } from "@/lib/content/limits";
import { loadContent } from "@/lib/content/load";
import type { Problem } from "@/lib/content/problems";
import { contentFolder } from "./helpers";

// The patterns that read an old Jekyll post's body (lib/content/legacy.ts) take time in proportion to it: one line
// within the size limit held `npm run check` for tens of seconds, or weeks. Each test's own limit, far above the
// new code's time on a busy machine, is what fails it.

const post = (body: string) =>
  `---\nlayout: post\ntitle: "Legacy"\ndate: 2016-07-12 19:00:00 +0300\ncategories: meetups\n---\n${body}`;
const problem = (field: string, message: RegExp) =>
  expect.objectContaining({ field, message: expect.stringMatching(message) }) as Problem;

function load(files: Record<string, string>) {
  for (const text of Object.values(files)) expect(Buffer.byteLength(text)).toBeLessThan(MAX_FILE_BYTES);
  const dir = contentFolder(files);
  const result = loadContent(dir, { publicDir: contentFolder({}) });
  const at = (rel: string) => result.problems.filter((p) => p.file === path.posix.join(dir, rel));
  const meetup = (rel: string) => result.meetups.find((m) => m.sourcePath.endsWith(rel))!;
  return { ...result, at, meetup };
}

describe("a legacy post's body is read in time in proportion to it", () => {
  it("reads a schedule line of 250,000 spaces before a line separator as no slot", () => {
    // "\s*" matches U+2028 where "." doesn't: 26 s here, where it now takes a fraction of a second.
    const { at, meetup } = load({
      "meetups/slot.md": post(`19:00-19:15 Gathering\n19:15-20:00${" ".repeat(250_000)}x\u2028x\n`),
    });
    expect(at("meetups/slot.md")).toEqual([]);
    expect(meetup("slot.md").schedule.map((s) => s.title)).toEqual(["Gathering"]);
  }, 10_000);

  it("keeps a paragraph of 'Schedule', 250,000 spaces and a word, and drops the label alone", () => {
    // Three "\s*" in a row took time in the cube of the spaces: 1 s for 2,000, weeks for these; now a fraction of one.
    const { at, meetup } = load({
      "meetups/label.md": post(`**Schedule:**\n\n19:00-19:15 Talk\n\nSchedule${" ".repeat(250_000)}x\n`),
    });
    expect(at("meetups/label.md")).toEqual([]);
    expect(meetup("label.md").schedule.map((s) => s.title)).toEqual(["Talk"]);
    expect(meetup("label.md").bodyHtml).toMatch(/^<p dir="auto">Schedule\s+x<\/p>$/);
  }, 10_000);

  it("reads '{% highlight' and a word of 250,000 letters without '%}' as text", () => {
    // The word was split every way between the language and the rest: 23 s here, now a fraction of a second.
    const { at, meetup } = load({
      "meetups/code.md": post(`19:00-19:15 Talk\n\n{% highlight ${"a".repeat(250_000)}\n`),
    });
    expect(at("meetups/code.md")).toEqual([]);
    expect(meetup("code.md").bodyHtml).toContain("{% highlight aaa");
  }, 10_000);

  it("finds the Liquid tag after a line of 250,000 tag openers without a closer", () => {
    // Each opener looked for its closer to the line's end: 27 s here for both, now a fraction of a second.
    const { at } = load({
      "meetups/percent.md": post(`19:00-19:15 Talk\n\n${"{%".repeat(125_000)}\n\n{{ page.title }}\n`),
      "meetups/braces.md": post(`19:00-19:15 Talk\n\n${"{".repeat(250_000)}\n\n{% include a.html %}\n`),
    });
    expect(at("meetups/percent.md")).toEqual([
      problem("body", /^line 11: expected Markdown, got Jekyll's "\{\{ page\.title \}\}"/),
    ]);
    expect(at("meetups/braces.md")).toEqual([
      problem("body", /^line 11: expected Markdown, got Jekyll's "\{% include a\.html %\}"/),
    ]);
  }, 10_000);

  it("finds the RSVP link after a code block of 'http://meetup.com/' 50,000 times in one word", () => {
    // Each "http" read the word to its end for "/events/": half a minute here for this body (past the file size
    // limit, to keep the two times far apart on a busy machine), where it now takes milliseconds.
    const rsvp = "https://www.meetup.com/kernel-tlv/events/123/";
    const body = `19:00-19:15 Talk\n\n\`\`\`\n${"http://meetup.com/".repeat(50_000)}\n\`\`\`\n\n${rsvp}\n`;
    expect(readLegacyBody(body).rsvp).toBe(rsvp);
  }, 10_000);
});
