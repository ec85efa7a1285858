// Content commands for organizers and the build:
//   tsx scripts/content.ts check          validate every file, print every problem, exit 1 on any
//   tsx scripts/content.ts sync           check, then hand the files to Contentlayer (build step)
//   tsx scripts/content.ts sync --watch   keep doing so while files change (dev)
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { updateMirror, writeMirror } from "../lib/content/mirror";
import { contentDir, MIRROR_DIR } from "../lib/content/paths";
import { formatProblems } from "../lib/content/problems";
import { count } from "../lib/text";

const [command = "check", ...flags] = process.argv.slice(2);
const dir = contentDir();

function check(): boolean {
  const { meetups, speakers, problems } = loadContent(dir, { render: false });
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    // On GitHub Actions, each problem also becomes an annotation on its file in the pull request.
    if (process.env.GITHUB_ACTIONS === "true") {
      for (const p of problems)
        console.log(`::error file=${p.file},title=${p.field}::${p.message.replace(/\n/g, "%0A")}`);
    }
    console.error(`\nFix the file${problems.length === 1 ? "" : "s"} above; the site was not built.`);
    return false;
  }
  console.log(`Content OK: ${count(meetups.length, "meetup")}, ${count(speakers.length, "speaker")} in ${dir}/`);
  return true;
}

if (command === "check") {
  process.exit(check() ? 0 : 1);
} else if (command === "sync") {
  const ok = check();
  if (!ok && !flags.includes("--watch")) process.exit(1);
  writeMirror(dir, MIRROR_DIR);
  if (flags.includes("--watch")) {
    console.log(`Watching ${dir}/ for changes...`);
    fs.watch(dir, { recursive: true }, (_event, file) => {
      if (!file) return;
      updateMirror(dir, MIRROR_DIR, file.split(path.sep).join("/"));
      check();
    });
  }
} else {
  console.error(`unknown command "${command}": expected check or sync`);
  process.exit(2);
}
