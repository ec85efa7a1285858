import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeMirror } from "@/lib/content/mirror";
import { MIRROR_DIR } from "@/lib/content/paths";
import { contentFolder } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs the real `contentlayer2 build` on a content folder, in a scratch copy of the project. */
function contentlayerBuild(files: Record<string, string>) {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-cl-"));
  for (const link of ["node_modules", "lib"]) fs.symlinkSync(path.join(root, link), path.join(project, link));
  for (const file of ["contentlayer.config.ts", "package.json", "tsconfig.json"]) {
    fs.copyFileSync(path.join(root, file), path.join(project, file));
  }
  writeMirror(contentFolder(files), path.join(project, MIRROR_DIR));
  // Contentlayer takes its working folder from $PWD before process.cwd().
  const run = spawnSync(path.join(root, "node_modules/.bin/contentlayer2"), ["build"], {
    cwd: project,
    env: { ...process.env, PWD: project },
    encoding: "utf8",
  });
  const generated = path.join(project, ".contentlayer/generated/MeetupDoc/_index.json");
  const docs = fs.existsSync(generated)
    ? (JSON.parse(fs.readFileSync(generated, "utf8")) as { meetup: { slug: string } }[])
    : [];
  return { status: run.status, output: run.stdout + run.stderr, slugs: docs.map((d) => d.meetup.slug).sort() };
}

const good = `---\ntitle: Good\ndate: 2099-07-05T19:00:00+03:00\n---\nBody.\n`;

describe("Contentlayer, as the build runs it", () => {
  it("reads .md and Jekyll's .markdown files alike", () => {
    const { status, slugs } = contentlayerBuild({ "meetups/a.md": good, "meetups/2016/b.markdown": good });
    expect(status).toBe(0);
    expect(slugs).toEqual(["a", "b"]);
  });

  it("fails on a bad document instead of skipping it, naming the file and field", () => {
    const { status, output } = contentlayerBuild({
      "meetups/good.md": good,
      "meetups/bad.md": `---\ntitle: Bad\ndate: someday\n---\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain("content/meetups/bad.md: date: expected a date like");
  });
});
