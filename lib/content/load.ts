import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import YAML from "yaml";
import { site } from "../site";
import { checkCollection } from "./collection";
import { normaliseMeetup, type RawDocument } from "./meetup";
import { kindFromPath, MARKDOWN_FILE, slugFromPath } from "./paths";
import type { Problem } from "./problems";
import { normaliseSpeaker } from "./speaker";
import type { Meetup, Speaker } from "./types";

export interface ContentFile {
  /** Relative to the content folder, with forward slashes. */
  relPath: string;
  text: string;
}

export function listContentFiles(dir: string): ContentFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort()
    .map((relPath) => ({ relPath, text: fs.readFileSync(path.join(dir, relPath), "utf8") }));
}

/**
 * Parses front matter the way Contentlayer does (gray-matter with the `yaml`
 * package, so that dates stay text), for a check that needs no build.
 */
export function parseFile(file: ContentFile, dir: string): { doc?: RawDocument; problem?: Problem } {
  const sourcePath = path.posix.join(dir.split(path.sep).join("/"), file.relPath);
  try {
    const parsed = matter(file.text, { engines: { yaml: (s: string) => (YAML.parse(s) ?? {}) as object } });
    const data = parsed.data as unknown;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return { problem: { file: sourcePath, field: "front matter", message: "expected fields between --- lines" } };
    }
    return {
      doc: { sourcePath, slug: slugFromPath(file.relPath), data: data as Record<string, unknown>, body: parsed.content },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { problem: { file: sourcePath, field: "front matter", message: `expected valid YAML: ${reason}` } };
  }
}

export interface LoadedContent {
  meetups: Meetup[];
  speakers: Speaker[];
  problems: Problem[];
}

/**
 * Reads and checks every file of the content folder, collecting all problems at
 * once. `render: false` skips Markdown rendering when only the problems matter.
 */
export function loadContent(dir: string, { publicDir = "public", render = true } = {}): LoadedContent {
  const options = render ? {} : { render: () => "" };
  const problems: Problem[] = [];
  const meetups: Meetup[] = [];
  const speakers: Speaker[] = [];
  for (const file of listContentFiles(dir)) {
    const sourcePath = path.posix.join(dir, file.relPath);
    const kind = kindFromPath(file.relPath);
    if (!MARKDOWN_FILE.test(file.relPath) || !kind) {
      problems.push({
        file: sourcePath,
        field: "file name",
        message: "expected a .md or .markdown file in content/meetups/ or content/speakers/",
      });
      continue;
    }
    const { doc, problem } = parseFile(file, dir);
    if (problem) problems.push(problem);
    if (!doc) continue;
    if (kind === "meetup") {
      const result = normaliseMeetup(doc, site.timeZone, options);
      problems.push(...result.problems);
      if (result.meetup) meetups.push(result.meetup);
    } else {
      const result = normaliseSpeaker(doc, options);
      problems.push(...result.problems);
      if (result.speaker) speakers.push(result.speaker);
    }
  }
  problems.push(...checkCollection(meetups, speakers, (p) => fs.existsSync(path.join(publicDir, p))));
  return { meetups, speakers, problems };
}
