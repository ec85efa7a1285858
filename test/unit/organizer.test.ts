import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { CronExpressionParser } from "cron-parser";
import { loadContent } from "@/lib/content/load";
import { pagesAddress } from "@/lib/build/deploy";
import { scaffoldMeetup } from "@/lib/content/scaffold";
import { slugify } from "@/lib/site/text";
import { createCatalog } from "@/lib/site/catalog";
import { writeFeed } from "@/lib/outputs/feeds";
import { buildCalendar } from "@/lib/outputs/calendar";
import { meetupsFile } from "@/lib/outputs/open-data";
import { editUrl, talkProposalFormUrl } from "@/lib/site/urls";
import { watchFiles } from "@/lib/build/watch";
import { contentFolder, contentlayerBuild, root, tsx } from "./helpers";

const run = (args: string[], contentDir: string) =>
  spawnSync(tsx, args, { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: "utf8", input: "" });

describe("npm run new", () => {
  it("writes a meetup and a speaker from flags alone, which npm run check refuses until their placeholders are replaced", () => {
    const dir = contentFolder({});
    const meetup = run(
      [
        "scripts/new.ts",
        "meetup",
        "--title",
        "eBPF Night: XDP & Friends",
        "--date",
        "2026-12-08",
        "--venue",
        "Some Hall",
        "--rsvp",
        "https://www.meetup.com/g/events/1/",
        "--topics",
        "ebpf, xdp",
      ],
      dir,
    );
    expect(meetup.status).toBe(0);
    expect(meetup.stdout).toContain(
      "Write what the evening is about (or set draft: true) in place of the placeholder text",
    );
    expect(meetup.stdout).toContain("It will appear at /meetups/2026-12-08-ebpf-night-xdp-friends/");
    const speaker = run(
      [
        "scripts/new.ts",
        "speaker",
        "--name",
        "Jane Doe",
        "--role",
        "Kernel engineer",
        "--github",
        "https://github.com/jane",
      ],
      dir,
    );
    expect(speaker.status).toBe(0);
    expect(speaker.stdout).toContain("Write their bio (or delete it) in place of the placeholder text");
    expect(speaker.stdout).toContain("/speakers/jane-doe/");

    // The scaffolder's words are for the organizer to replace: they can't go live.
    const meetupFile = path.join(dir, "meetups/2026-12-08-ebpf-night-xdp-friends.md");
    const speakerFile = path.join(dir, "speakers/jane-doe.md");
    const unfinished = run(["scripts/content.ts", "check"], dir);
    expect(unfinished.status).toBe(1);
    expect(unfinished.stderr).toContain(
      `${meetupFile}: body: still the text npm run new wrote, "What the evening is about, in a paragraph or two.": expected what the evening is about, or draft: true until then`,
    );
    expect(unfinished.stderr).toContain(
      `${speakerFile}: bio: still the text npm run new wrote, "A short bio: what they work on, and where.": expected a few words about them, or no bio at all`,
    );
    expect(unfinished.stderr.match(/^ {2}- /gm)).toHaveLength(2);
    expect(unfinished.stderr).toMatch(/Fix the files above, then run npm run check again\.\n$/);
    // The preview shows them as they are.
    expect(loadContent(dir, { editing: true }).problems).toEqual([]);
    const replace = (file: string, from: string, to: string) =>
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(from, to));
    replace(meetupFile, "What the evening is about, in a paragraph or two.", "XDP from the first packet on.");
    replace(speakerFile, "A short bio: what they work on, and where.", "Works on XDP.");
    expect(run(["scripts/content.ts", "check"], dir).status).toBe(0);

    const { meetups, speakers, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(meetups[0]).toMatchObject({
      slug: "2026-12-08-ebpf-night-xdp-friends",
      title: "eBPF Night: XDP & Friends",
      start: "2026-12-08T19:00:00+02:00",
      end: "2026-12-08T21:00:00+02:00",
      venue: { name: "Some Hall" },
      topics: ["ebpf", "xdp"],
      draft: false,
    });
    // Its talks are slots to be announced, in the one form the talk lists and search leave out.
    expect(meetups[0]!.schedule.map((slot) => [slot.title, slot.kind, slot.speakers])).toEqual([
      ["Gathering", "break", []],
      ["To be announced", "talk", []],
      ["Break", "break", []],
      ["To be announced", "talk", []],
    ]);
    const catalog = createCatalog(meetups, speakers, { publish: true });
    expect(catalog.allTalks()).toEqual([]);
    // Nor do the feeds: the evening's entry lists no talks yet.
    const feed = JSON.parse(writeFeed("json", meetups, catalog.meetupSpeakers, new Date("2026-12-01T00:00:00Z")));
    expect(feed.items[0].content_html).toContain("XDP from the first packet on.");
    expect(feed.items[0].content_html).not.toContain("To be announced");
    // Nor the calendar's description, nor /meetups.json.
    expect(buildCalendar(meetups, catalog.meetupSpeakers)).not.toContain("To be announced");
    expect(meetupsFile(catalog, new Date("2026-12-01T00:00:00Z")).meetups[0]!.talks).toEqual([]);
    expect(speakers[0]).toMatchObject({
      slug: "jane-doe",
      name: "Jane Doe",
      links: [{ kind: "github", url: "https://github.com/jane" }],
    });
    const built = contentlayerBuild(dir);
    expect(built.status).toBe(0);
    expect(built.slugs).toEqual(["2026-12-08-ebpf-night-xdp-friends"]);
  });

  it("lets a draft keep the scaffolder's placeholder until the organizer is ready", () => {
    const dir = contentFolder({});
    expect(run(["scripts/new.ts", "meetup", "--title", "Later", "--date", "2026-12-08", "--draft"], dir).status).toBe(
      0,
    );
    expect(loadContent(dir).problems).toEqual([]);
  });

  it("never overwrites a file, and names a missing answer", () => {
    const dir = contentFolder({});
    expect(run(["scripts/new.ts", "speaker", "--name", "Jane Doe"], dir).status).toBe(0);
    const again = run(["scripts/new.ts", "speaker", "--name", "Jane Doe"], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists");
    const missing = run(["scripts/new.ts", "meetup", "--title", "No date"], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('date: required; pass --date "..."');
    // A mistyped flag is named, with the one it was likely meant to be, and nothing is written.
    const typo = run(["scripts/new.ts", "meetup", "--title", "T", "--date", "2026-12-08", "--venu", "Hall"], dir);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/^unknown flag --venu: did you mean --venue\?\nusage: npm run new -- meetup\|speaker/);
    expect(typo.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(dir)).toEqual(["speakers"]);
  });

  it("refuses what the other files make wrong, as npm run check would: a topic another meetup spells otherwise", () => {
    const dir = contentFolder({
      "meetups/2026-01-01-a.md": `---\ntitle: A\ndate: 2026-01-01\ntopics: [userspace]\n---\nBody.\n`,
    });
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = dir;
    try {
      expect(() => scaffoldMeetup({ title: "B", day: "2026-12-08", topics: ["user-space"] })).toThrow(
        /2026-12-08-b\.md: topics\[0\]: the topic "user-space" is another spelling of "userspace", in .*2026-01-01-a\.md/,
      );
      expect(scaffoldMeetup({ title: "B", day: "2026-12-08", topics: ["userspace"] }).relPath).toBe(
        "meetups/2026-12-08-b.md",
      );
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  });

  it("refuses a date or a time it can't read, before writing anything", () => {
    expect(() => scaffoldMeetup({ title: "T", day: "2026-13-01" })).toThrow(/date: expected a day like 2026-12-08/);
    expect(() => scaffoldMeetup({ title: "T", day: "2026-12-08", start: "7pm" })).toThrow(
      /start: expected a time like 19:00/,
    );
  });

  it("makes slugs from titles in any script", () => {
    expect(slugify("eBPF Night: XDP & Friends!")).toBe("ebpf-night-xdp-friends");
    expect(slugify("Café Noir")).toBe("cafe-noir");
    expect(slugify("ליבת לינוקס")).toBe("ליבת-לינוקס");
    // Marks are part of the letters in Hindi and Korean: dropping them, or leaving Hangul decomposed, garbles the word.
    expect(slugify("हिन्दी में कर्नेल")).toBe("हिन्दी-में-कर्नेल");
    expect(slugify("커널 밤")).toBe("커널-밤");
  });
});

// Run once, not in every time zone: change.test.ts holds what it writes; this is the command around it.
describe("npm run dev's watch on the content", () => {
  it("runs the content step once, then again for a save made the moment that run has said what to fix", async () => {
    const dir = contentFolder({ "meetups/a.md": "first" });
    const seen: string[] = [];
    const stop = await watchFiles(
      [dir],
      async () => {
        seen.push(fs.readFileSync(path.join(dir, "meetups/a.md"), "utf8"));
      },
      (error) => {
        throw error;
      },
    );
    // The organizer fixes the file as soon as the first run has told them what is wrong.
    fs.writeFileSync(path.join(dir, "meetups/a.md"), "fixed");
    await expect.poll(() => seen, { timeout: 10_000 }).toEqual(["first", "fixed"]);
    await stop();
  });

  it("runs once more for however many saves come during a run", async () => {
    const dir = contentFolder({ "meetups/a.md": "0" });
    const save = (text: string) => fs.writeFileSync(path.join(dir, "meetups/a.md"), text);
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let runs = 0;
    let release = () => {};
    const stop = await watchFiles(
      [dir],
      async () => {
        runs++;
        if (runs === 2) await new Promise<void>((resolve) => (release = resolve));
      },
      (error) => {
        throw error;
      },
    );
    save("1");
    await expect.poll(() => runs, { timeout: 10_000 }).toBe(2);
    // Three saves while the second run is still going.
    for (const text of ["2", "3", "4"]) {
      save(text);
      await pause(150);
    }
    release();
    await expect.poll(() => runs, { timeout: 10_000 }).toBe(3);
    await pause(500);
    expect(runs).toBe(3);
    await stop();
  });

  it("fails, and watches no more, when its first run fails", async () => {
    const dir = contentFolder({ "meetups/a.md": "0" });
    const failing = watchFiles(
      [dir],
      () => Promise.reject(new Error("the site's own code")),
      () => {},
    );
    await expect(failing).rejects.toThrow("the site's own code");
  });
});

describe("npm run change", () => {
  it("prints what it changed, or the reason it didn't, without a stack trace", () => {
    const fixture = (rel: string) => fs.readFileSync(path.join(root, "test/fixtures/site", rel), "utf8");
    const ebpf = "meetups/2099/2099-03-10-ebpf-everywhere.md";
    const dir = contentFolder({
      "speakers/dana-fixture.md": fixture("speakers/dana-fixture.md"),
      "speakers/yossi-fixture.md": fixture("speakers/yossi-fixture.md"),
      [ebpf]: fixture(ebpf),
    });
    const change = (...args: string[]) => run(["scripts/change.ts", ...args], dir);
    const done = change("2099-03-10-ebpf-everywhere", "cancel", "--note", "Strike.");
    expect(done.stdout).toContain(
      `Changed ${dir}/${ebpf}:\n  status: cancelled (was scheduled)\n  status_note: "Strike."\n`,
    );
    expect(done.status).toBe(0);
    const refused = change("2099-03-10-ebpf-everywhere", "move", "--date", "someday");
    expect(refused.stderr).toMatch(/^--date: expected the new date/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(refused.status).toBe(1);
    expect(change("2099-03-10-ebpf-everywhere").status).toBe(2);
  });
});

describe("the GitHub setup", () => {
  const workflows = fs.readdirSync(path.join(root, ".github/workflows"));
  const workflow = (name: string) => YAML.parse(fs.readFileSync(path.join(root, ".github/workflows", name), "utf8"));
  type Step = { run?: string; uses?: string; with?: Record<string, string> };
  const runs = (steps: Step[], command: string) => steps.findIndex((s) => s.run?.includes(command));

  it("has workflows that GitHub's workflow schema accepts", () => {
    expect(workflows.sort()).toEqual(["check.yml", "deploy.yml"]);
    for (const file of workflows) {
      const { errors } = validateWorkflow(fs.readFileSync(path.join(root, ".github/workflows", file), "utf8"));
      expect(errors, file).toEqual([]);
    }
  });

  it("checks the content of a pull request before building and testing it", () => {
    const check = workflow("check.yml");
    expect(check.on).toHaveProperty("pull_request");
    expect(runs(check.jobs.content.steps, "npm run check")).toBeGreaterThanOrEqual(0);
    expect(check.jobs.test.needs).toBe("content");
    expect(runs(check.jobs.test.steps, "npm test")).toBeGreaterThanOrEqual(0);
  });

  it("deploys main: checks the content, builds, and publishes exactly what the build wrote to out/", () => {
    const deploy = workflow("deploy.yml");
    expect(deploy.on.push.branches).toEqual(["main"]);
    const steps: Step[] = deploy.jobs.build.steps;
    const check = runs(steps, "npm run check");
    const build = runs(steps, "npm run build");
    const upload = steps.findIndex((s) => s.uses?.startsWith("actions/upload-pages-artifact"));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(check);
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload]!.with?.path).toBe("out");
    expect(deploy.jobs.deploy.needs).toBe("build");
  });

  it("rebuilds at most six hours after any moment of the year, so that no group's zone needs its own schedule", () => {
    const crons: { cron: string }[] = workflow("deploy.yml").on.schedule;
    expect(crons.length).toBeGreaterThan(0);
    // GitHub reads cron in UTC: every run of a year, of all the schedules together.
    const from = new Date("2026-01-01T00:00:00Z");
    const until = new Date("2027-01-01T06:00:00Z");
    const runs = crons
      .flatMap(({ cron }) => {
        const times = CronExpressionParser.parse(cron, { tz: "UTC", currentDate: from, endDate: until });
        const all: number[] = [];
        while (times.hasNext()) all.push(times.next().toDate().getTime());
        return all;
      })
      .sort((a, b) => a - b);
    const gaps = runs.map((t, i) => t - (runs[i - 1] ?? from.getTime()));
    expect(Math.max(...gaps) / 3_600_000).toBeLessThanOrEqual(6);
    // Not a rebuild a minute either.
    expect(runs.length).toBeLessThanOrEqual(366 * 8);
  });

  it("ships the talk proposal form that the site links to", () => {
    const template = new URL(talkProposalFormUrl).searchParams.get("template")!;
    const form = YAML.parse(fs.readFileSync(path.join(root, ".github/ISSUE_TEMPLATE", template), "utf8"));
    expect(form.name).toBeTruthy();
    expect(form.labels).toEqual(["talk-proposal"]);
    const ids = (form.body as { id?: string }[]).flatMap((b) => b.id ?? []);
    expect(ids).toEqual(expect.arrayContaining(["title", "abstract", "speaker", "length", "language"]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("serves a custom domain at its root, and a project site under its base path", () => {
    expect(pagesAddress("https://kerneltlv.com", "https://kerneltlv.github.io/site")).toEqual({
      siteUrl: "https://kerneltlv.com",
      basePath: "",
    });
    expect(pagesAddress("https://kerneltlv.github.io", "https://kerneltlv.github.io/site/")).toEqual({
      siteUrl: "https://kerneltlv.github.io",
      basePath: "/site",
    });
  });

  it("links every page's source file for editing", () => {
    const { meetups, speakers } = loadContent("test/fixtures/site");
    for (const doc of [...meetups, ...speakers]) {
      const url = editUrl(doc.sourcePath);
      expect(url).toMatch(/\/edit\/main\/test\/fixtures\/site\//);
      expect(fs.existsSync(path.join(root, url.split("/edit/main/")[1]!))).toBe(true);
    }
    // A content folder named with a space or a # still links its own file, not a fragment of another address.
    expect(new URL(editUrl("our content #2/meetups/2099/x.md")).pathname).toMatch(
      /\/edit\/main\/our%20content%20%232\/meetups\/2099\/x\.md$/,
    );
  });
});
