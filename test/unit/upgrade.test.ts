import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "@/lib/content/front-matter";
import { readLegacyBody } from "@/lib/content/legacy";
import { upgradeLegacyPost } from "@/lib/content/upgrade";
import type { Meetup } from "@/lib/content/schema";
import { contentFolder, meetupOrThrow, root, tsx } from "./helpers";

const legacyDir = path.resolve(import.meta.dirname, "../fixtures/site/meetups");
const posts = [
  "2016-07-12-breaking-the-wall---handling-things-in-userspace.markdown",
  "legacy/2017-01-10-tracing-in-winter.md",
  "legacy/2018-05-01-no-schedule-yet.markdown",
];

/** What a visitor sees of a meetup: its day, times, slots, RSVP, topics and old address. */
const seen = (m: Meetup) => ({
  day: m.day,
  hasTime: m.hasTime,
  start: m.start,
  end: m.end,
  rsvp: m.rsvp,
  topics: m.topics,
  redirects: m.redirects,
  slots: m.schedule.map((s) => [s.start, s.end, s.title, s.kind]),
});

const words = (text: string) => text.match(/[\p{L}\p{N}]{3,}/gu) ?? [];

describe("upgrading a legacy post", () => {
  for (const post of posts) {
    const file = `content/meetups/${path.basename(post)}`;
    const original = fs.readFileSync(path.join(legacyDir, post), "utf8");
    const upgraded = upgradeLegacyPost(original, file);

    it(`${post} renders the same day, times and slots after the upgrade`, () => {
      expect(upgraded.changed).toBe(true);
      expect(seen(meetupOrThrow(upgraded.text, `meetups/${path.basename(post)}`))).toEqual(
        seen(meetupOrThrow(original, `meetups/${path.basename(post)}`)),
      );
    });

    it(`${post} loses none of its text`, () => {
      // Everything but the schedule lines (now slots) and a bare RSVP link (now rsvp) is kept somewhere.
      const { rest } = readLegacyBody(original.split(/^---$/m).slice(2).join("---"));
      const after = new Set(words(upgraded.text));
      expect(words(rest).filter((w) => !after.has(w))).toEqual([]);
    });

    it(`${post} is left alone the second time`, () => {
      const again = upgradeLegacyPost(upgraded.text, file);
      expect(again.changed).toBe(false);
      expect(again.text).toBe(upgraded.text);
    });
  }

  it("writes the structured form: real start, quoted slot times, abstracts it can place, speakers to link", () => {
    const original = fs.readFileSync(path.join(legacyDir, posts[0]!), "utf8");
    const { text, notes } = upgradeLegacyPost(original, `content/meetups/${posts[0]}`);
    expect(text).toMatch(/^date: 2016-07-12T19:00:00\+03:00$/m);
    expect(text).toMatch(/^end: 2016-07-12T21:00:00\+03:00$/m);
    expect(text).toMatch(/^rsvp: https:\/\/www\.meetup\.com\/Tel-Aviv-Yafo-Linux-Kernel-Meetup\/events\/232058698\/$/m);
    expect(text).toMatch(
      /^redirect_from: \/meetups\/2016\/07\/12\/breaking-the-wall-handling-things-in-userspace\.html$/m,
    );
    expect(text).toContain(
      '  - time: "20:15"\n    end: "21:00"\n    title: Linux interrupt handling\n    kind: talk\n    abstract: |\n      In this talk Liran',
    );
    expect(text).not.toMatch(/^(layout|categories):/m);
    expect(notes).toContain(
      'schedule, slot 2 ("userfaultfd and post-copy migration of VMs and containers"): link its speakers (speakers: [slug])',
    );
    expect(notes.some((n) => n.startsWith("could not tell which paragraphs describe"))).toBe(true);
  });

  it("keeps only the day of a post without a schedule and says so", () => {
    const original = fs.readFileSync(path.join(legacyDir, posts[2]!), "utf8");
    const { text, notes } = upgradeLegacyPost(original, `content/meetups/${path.basename(posts[2]!)}`);
    expect(text).toMatch(/^date: 2018-05-01$/m);
    expect(notes.some((n) => n.includes("start time is unknown"))).toBe(true);
  });

  it("keeps the body's Markdown line breaks and code blocks as they are", () => {
    const text =
      "---\nlayout: post\ntitle: X\ndate: 2016-07-12 16-00-00 +0300\ncategories: meetups\n---\n" +
      "About the speaker: Shmulik  \n[Follow us](https://example.com/)\n\n19:00-19:15 mingling\n\n```\n19:01-19:02 log line\n```\n";
    const upgraded = upgradeLegacyPost(text, "content/meetups/2016-07-12-x.md");
    expect(upgraded.text).toContain(
      "---\nAbout the speaker: Shmulik  \n[Follow us](https://example.com/)\n\n```\n19:01-19:02 log line\n```\n",
    );
    expect(meetupOrThrow(upgraded.text, "meetups/2016-07-12-x.md").bodyHtml).toContain("Shmulik<br>");
  });

  it("writes Jekyll's highlight blocks and site address out as the Markdown they stood for", () => {
    const text =
      "---\nlayout: post\ntitle: X\ndate: 2016-07-12\ncategories: meetups\n---\n" +
      "![Room]({{ site.baseurl }}/photos/room.jpg)\n\n{% highlight c %}\nint x;\n{% endhighlight %}\n";
    const upgraded = upgradeLegacyPost(text, "content/meetups/2016-07-12-x.md");
    expect(upgraded.text).toContain("---\n![Room](/photos/room.jpg)\n\n```c\nint x;\n```\n");
  });

  it.each(['excerpt: "Short."', "published: false", "excerpt_separator: <!--more-->"])(
    "writes out %s as the structured form says it, so that the file reads as a Jekyll post no more",
    (extra) => {
      const text = `---\nlayout: post\ntitle: X\ndate: 2016-07-12 19:00\ncategories: meetups\n${extra}\n---\nWords.\n\n<!--more-->\n\nMore.\n`;
      const file = "content/meetups/2016-07-12-x.md";
      const upgraded = upgradeLegacyPost(text, file);
      const before = meetupOrThrow(text, "meetups/2016-07-12-x.md");
      const after = meetupOrThrow(upgraded.text, "meetups/2016-07-12-x.md");
      // One old address, the one the old site gave it: not another made of the file's name.
      expect(after.redirects).toEqual(["/meetups/2016/07/12/x.html"]);
      expect([after.summary, after.draft]).toEqual([before.summary, before.draft]);
      expect(upgradeLegacyPost(upgraded.text, file).changed).toBe(false);
    },
  );

  it("writes out what a theme's fields said, and names the ones the site has no place for", () => {
    const text =
      "---\nlayout: post\ntitle: X\ndate: 2016-07-12 19:00\ncategories: meetups\nslug: wall\ntag: rcu\n" +
      'description: "Read, copy, update."\nauthor: Jane\ncomments: true\n---\nWords.\n';
    const file = "content/meetups/2016-07-12-x.md";
    const upgraded = upgradeLegacyPost(text, file);
    const front = readFrontMatter(upgraded.text);
    const data = front.ok ? front.value.data : {};
    expect(data).toMatchObject({
      summary: "Read, copy, update.",
      topics: ["rcu"],
      redirect_from: "/meetups/2016/07/12/wall.html",
    });
    for (const field of ["slug", "tag", "description", "author", "comments", "layout"])
      expect(data).not.toHaveProperty(field);
    expect(upgraded.notes).toContain(
      "author, comments: the old site's theme showed them; the site has no place for them, so they were left out",
    );
    expect(seen(meetupOrThrow(upgraded.text, "meetups/2016-07-12-x.md"))).toEqual(
      seen(meetupOrThrow(text, "meetups/2016-07-12-x.md")),
    );
    expect(upgradeLegacyPost(upgraded.text, file).changed).toBe(false);
    const both = upgradeLegacyPost(text.replace("author: Jane", 'summary: "Our own words."'), file);
    expect(both.notes).toContain(
      "description: left out, as the summary says what the meetup is; move any of it there you want kept",
    );
  });

  it("says a post written in Hebrew is in Hebrew, which Jekyll's front matter couldn't, and writes it down", () => {
    const hebrew =
      "---\nlayout: post\ntitle: ליבת לינוקס בעברית\ndate: 2018-01-09\ncategories: meetups\n---\n" +
      "מפגש על [ניהול זיכרון](https://example.com/a-long-english-address-about-memory-management) ב-Linux.\n";
    expect(meetupOrThrow(hebrew, "meetups/2018-01-09-x.md").language).toBe("he");
    const upgraded = upgradeLegacyPost(hebrew, "content/meetups/2018-01-09-x.md");
    expect(upgraded.text).toMatch(/^language: he$/m);
    expect(meetupOrThrow(upgraded.text, "meetups/2018-01-09-x.md").language).toBe("he");
    // An English post, with a Hebrew word in it, stays in the site's language.
    const english = hebrew.replace("ליבת לינוקס בעברית", "Memory night").replace("מפגש על", "A talk on");
    expect(meetupOrThrow(english, "meetups/2018-01-09-x.md").language).toBeUndefined();
    // Code is no English.
    const withCode = `${hebrew}\n\n\`\`\`c\nstatic int page_fault_handler(struct vm_fault *vmf);\n\`\`\`\n`;
    expect(meetupOrThrow(withCode, "meetups/2018-01-09-x.md").language).toBe("he");
  });

  it("refuses a post it can't read, changing nothing", () => {
    expect(() =>
      upgradeLegacyPost(`---\nlayout: post\ntitle: X\ndate: someday\n---\n`, "content/meetups/x.md"),
    ).toThrow(/content\/meetups\/x\.md: date: expected a date like/);
  });
});

describe("upgrading goes through the content gate", () => {
  it("refuses JavaScript front matter without running it", () => {
    const flag = path.join(os.tmpdir(), `upgrade-ran-${process.pid}`);
    const text = `---js\n{ layout: (require("fs").writeFileSync(${JSON.stringify(flag)}, "ran"), "post"), title: "X", date: "2016-07-12" }\n---\n19:00-19:15 mingling\n`;
    expect(() => upgradeLegacyPost(text, "content/meetups/x.md")).toThrow(
      /asks for another language: only YAML is read/,
    );
    expect(fs.existsSync(flag)).toBe(false);
  });

  it("refuses a post with a field the site doesn't know, naming it", () => {
    const text = `---\nlayout: post\ntitle: X\ndate: 2016-07-12\nauthr: Someone\n---\n19:00-19:15 mingling\n`;
    expect(() => upgradeLegacyPost(text, "content/meetups/x.md")).toThrow(/x\.md: authr: unknown field "authr"/);
  });

  it("reads a post saved with Windows line ends and a byte order mark", () => {
    const original = fs.readFileSync(path.join(legacyDir, posts[0]!), "utf8");
    const windows = `\uFEFF${original.replace(/\n/g, "\r\n")}`;
    const file = `content/meetups/${path.basename(posts[0]!)}`;
    expect(upgradeLegacyPost(windows, file).text).toBe(upgradeLegacyPost(original, file).text);
  });

  it("upgrades only a meetup's file, in content/meetups/: a post elsewhere is left as it is, and said why", () => {
    // A post copied from the old site, not yet moved into content/meetups/.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upgrade-outside-"));
    const post = path.join(dir, path.basename(posts[0]!));
    const original = fs.readFileSync(path.join(legacyDir, posts[0]!), "utf8");
    fs.writeFileSync(post, original);
    const run = spawnSync(tsx, ["scripts/upgrade.ts", post], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${post}: file: expected a meetup's file, in content/meetups/`);
    expect(fs.readFileSync(post, "utf8")).toBe(original);
  });

  it("asks what the whole site's check asks of the upgraded file, with the site's own public folder", () => {
    const content = contentFolder({
      // Its old address is another meetup's already: the check would refuse the pair, so nothing is written.
      "meetups/2016-10-11-old.markdown": `---\nlayout: post\ntitle: Old\ndate: 2016-10-11\nredirect_from: /old/\n---\n19:00-19:15 mingling\n`,
      "meetups/2016-09-13-new.md": `---\ntitle: New\ndate: 2016-09-13\nredirect_from: /old/\n---\n`,
      // Its photo is in the site's PUBLIC_DIR, not in the project's public/.
      "meetups/2016-08-09-photos.markdown": `---\nlayout: post\ntitle: Photos\ndate: 2016-08-09\nphotos:\n  - src: /photos/room.jpg\n    alt: A room\n---\n19:00-19:15 mingling\n`,
    });
    const publicDir = contentFolder({
      "photos/room.jpg": fs.readFileSync(path.join(root, "test/fixtures/hebrew/public/speakers/noa-levi.jpg")),
    });
    const [old, photos] = ["meetups/2016-10-11-old.markdown", "meetups/2016-08-09-photos.markdown"].map((f) =>
      path.join(content, f),
    );
    const before = fs.readFileSync(old!, "utf8");
    const run = spawnSync(tsx, ["scripts/upgrade.ts", old!, photos!], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, PUBLIC_DIR: publicDir },
      encoding: "utf8",
    });
    expect(run.stderr).toMatch(
      new RegExp(`cannot upgrade ${old}:\n${old}: redirect_from\\S*: the old address /old/ already leads to`),
    );
    expect(fs.readFileSync(old!, "utf8")).toBe(before);
    expect(run.stdout).toContain(`${photos}: upgraded`);
    expect(fs.readFileSync(photos!, "utf8")).toMatch(/^date: 2016-08-09T19:00:00\+03:00$/m);
    expect(run.status).toBe(1);
  });

  it("never writes through a link to a file elsewhere", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upgrade-link-"));
    const target = path.join(dir, "elsewhere.markdown");
    const original = fs.readFileSync(path.join(legacyDir, posts[0]!), "utf8");
    fs.writeFileSync(target, original);
    fs.symlinkSync(target, path.join(dir, "2016-07-12-linked.markdown"));
    const run = spawnSync(tsx, ["scripts/upgrade.ts", path.join(dir, "2016-07-12-linked.markdown")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/got a link: links are not followed/);
    expect(fs.readFileSync(target, "utf8")).toBe(original);
  });
});
