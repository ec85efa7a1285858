import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseFile } from "@/lib/content/load";
import { normaliseMeetup } from "@/lib/content/meetup";
import { site } from "@/lib/site";

/** Runs a meetup file's text through the same reading and checks as the build. */
export function readMeetup(text: string, relPath = "meetups/test-meetup.md") {
  const { doc, problem } = parseFile({ relPath, text }, "content");
  if (!doc) throw new Error(`fixture did not parse: ${problem?.message}`);
  return normaliseMeetup(doc, site.timeZone);
}

export function meetupOrThrow(text: string, relPath?: string) {
  const { meetup, problems } = readMeetup(text, relPath);
  if (!meetup) throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
  return meetup;
}

/** A throwaway content folder: { "meetups/a.md": "..." }. */
export function contentFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-content-"));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export const speakerFile = (name: string) => `---\nname: "${name}"\n---\nBio.\n`;
