import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { loadContent, parseFile } from "@/lib/content/load";
import { readSiteSettings, settingsFile } from "@/lib/content/settings";
import { normaliseMeetup, type NormaliseOptions } from "@/lib/content/meetup";
import { site } from "@/lib/site/config";

/** Runs a meetup file's text through the same reading and checks as the build. */
export function readMeetup(text: string, relPath = "meetups/test-meetup.md", options: NormaliseOptions = {}) {
  const { doc, problems } = parseFile({ relPath, text }, "content");
  if (!doc) throw new Error(`fixture did not parse: ${problems.map((p) => p.message).join("; ")}`);
  return normaliseMeetup(doc, site.timeZone, options);
}

export function meetupOrThrow(text: string, relPath?: string, options?: NormaliseOptions) {
  const { meetup, problems } = readMeetup(text, relPath, options);
  if (!meetup) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
  return meetup;
}

/** A throwaway content folder: { "meetups/a.md": "..." }. */
export function contentFolder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-content-"));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export const speakerFile = (name: string) => `---\nname: "${name}"\n---\nBio.\n`;

export const root = path.resolve(import.meta.dirname, "../..");

/** The test fixture site's content (test/fixtures/site), as the build reads it. */
export const loadFixtureSite = () => loadContent(path.join(root, "test/fixtures/site"));

/** The second example site's content (test/fixtures/hebrew), with its own photos and in its own zone. */
export function loadHebrewSite() {
  const dir = path.join(root, "test/fixtures/hebrew");
  return loadContent(path.join(dir, "content"), {
    publicDir: path.join(dir, "public"),
    timeZone: readSiteSettings(path.join(dir, "site.yml")).settings?.timeZone,
  });
}

/** The project's own tsx, to run its scripts as an organizer would. */
export const tsx = path.join(root, "node_modules/.bin/tsx");

/**
 * Runs the build's content step (`tsx scripts/content.ts build`: the gate, then
 * Contentlayer's real build) on a content folder, in a scratch copy of the project.
 */
export function contentlayerBuild(contentDir: string) {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-cl-"));
  for (const link of ["node_modules", "lib", "scripts"])
    fs.symlinkSync(path.join(root, link), path.join(project, link));
  for (const file of ["contentlayer.config.ts", "package.json", "tsconfig.json"]) {
    fs.copyFileSync(path.join(root, file), path.join(project, file));
  }
  fs.copyFileSync(path.resolve(root, settingsFile()), path.join(project, "site.yml"));
  // A copy: a linked public/ is refused, as it would publish whatever it leads to.
  fs.cpSync(path.join(root, "public"), path.join(project, "public"), { recursive: true });
  // Contentlayer takes its working folder from $PWD before process.cwd(). The time limit turns a
  // step that never ends (a thread left holding the process) into a failure instead of a hung run.
  const run = spawnSync(tsx, ["scripts/content.ts", "build"], {
    cwd: project,
    env: { ...process.env, PWD: project, CONTENT_DIR: contentDir },
    encoding: "utf8",
    timeout: 60_000,
  });
  const generated = (type: string) => {
    const index = path.join(project, ".contentlayer/generated", type, "_index.json");
    return fs.existsSync(index) ? (JSON.parse(fs.readFileSync(index, "utf8")) as Record<string, unknown>[]) : [];
  };
  return {
    status: run.status,
    output: run.stdout + run.stderr,
    slugs: generated("Meetup")
      .map((d) => String(d.slug))
      .sort(),
    pages: generated("Page"),
  };
}
