import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadContent } from "@/lib/content/load";
import { pagesAddress } from "@/lib/deploy";
import { scaffoldMeetup, slugify } from "@/lib/scaffold";
import { editUrl, talkProposalFormUrl } from "@/lib/urls";
import { contentFolder, contentlayerBuild, root, tsx } from "./helpers";

const run = (args: string[], contentDir: string) =>
  spawnSync(tsx, args, { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: "utf8", input: "" });

describe("npm run new", () => {
  it("writes a meetup and a speaker from flags alone, which the content check and Contentlayer accept", () => {
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
    expect(speaker.stdout).toContain("/speakers/jane-doe/");

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
    expect(speakers[0]).toMatchObject({
      slug: "jane-doe",
      name: "Jane Doe",
      links: [{ kind: "github", url: "https://github.com/jane" }],
    });
    const built = contentlayerBuild(dir);
    expect(built.status).toBe(0);
    expect(built.slugs).toEqual(["2026-12-08-ebpf-night-xdp-friends"]);
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
  });
});

describe("the GitHub setup", () => {
  const workflows = fs.readdirSync(path.join(root, ".github/workflows"));

  it("has workflows that GitHub's workflow schema accepts", () => {
    expect(workflows.sort()).toEqual(["check.yml", "deploy.yml"]);
    for (const file of workflows) {
      const { errors } = validateWorkflow(fs.readFileSync(path.join(root, ".github/workflows", file), "utf8"));
      expect(errors, file).toEqual([]);
    }
  });

  it("would notice a broken workflow", () => {
    expect(
      validateWorkflow("name: x\non: pushh\njobs:\n  a:\n    runz-on: ubuntu-latest\n").errors.length,
    ).toBeGreaterThan(0);
  });

  it("deploys on push to main, every day, and checks pull requests", () => {
    const deploy = YAML.parse(fs.readFileSync(path.join(root, ".github/workflows/deploy.yml"), "utf8"));
    expect(deploy.on.push.branches).toEqual(["main"]);
    expect(deploy.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const check = YAML.parse(fs.readFileSync(path.join(root, ".github/workflows/check.yml"), "utf8"));
    expect(check.on).toHaveProperty("pull_request");
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
      cname: "kerneltlv.com",
    });
    expect(pagesAddress("https://kerneltlv.github.io", "https://kerneltlv.github.io/site/")).toEqual({
      siteUrl: "https://kerneltlv.github.io",
      basePath: "/site",
      cname: "",
    });
  });

  it("links every page's source file for editing", () => {
    const { meetups, speakers } = loadContent("content");
    for (const doc of [...meetups, ...speakers]) {
      const url = editUrl(doc.sourcePath);
      expect(url).toMatch(/\/edit\/main\/content\//);
      expect(fs.existsSync(path.join(root, url.split("/edit/main/")[1]!))).toBe(true);
    }
  });
});
