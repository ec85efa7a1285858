// The organizers' content, through the one gate (lib/content):
//   tsx scripts/content.ts check     check every file, print every problem, exit 1 on any
//   tsx scripts/content.ts build     check, then hand the documents to Contentlayer (the build's first step)
//   tsx scripts/content.ts dev       the same for the preview, again on every save, with `next dev` beside it
import { spawn } from "node:child_process";
import { createContentlayer } from "../lib/build/contentlayer";
import { runContentStep, type ContentStepResult } from "../lib/build/content-step";
import { watchFiles } from "../lib/build/watch";
import { loadContent } from "../lib/content/load";
import { contentDir } from "../lib/content/paths";
import { formatProblems, githubAnnotation, type Problem } from "../lib/content/problems";
import { count } from "../lib/text";

const [command = "check"] = process.argv.slice(2);
const dir = contentDir();
const publicDir = "public";

function report(problems: Problem[]): void {
  console.error(formatProblems(problems));
  // On GitHub Actions, each problem also becomes an annotation on its file in the pull request.
  if (process.env.GITHUB_ACTIONS === "true") {
    for (const p of problems) console.log(githubAnnotation(p));
  }
  console.error(`\nFix the file${problems.length === 1 ? "" : "s"} above; the site was not built.`);
}

function summary(r: Pick<ContentStepResult, "meetups" | "speakers">): string {
  return `${count(r.meetups, "meetup")}, ${count(r.speakers, "speaker")} in ${dir}/`;
}

async function main(): Promise<number> {
  if (command === "check") {
    const { meetups, speakers, problems } = loadContent(dir, { publicDir });
    if (problems.length > 0) {
      report(problems);
      return 1;
    }
    console.log(`Content OK: ${summary({ meetups: meetups.length, speakers: speakers.length })}`);
    return 0;
  }

  if (command === "build") {
    const result = await runContentStep({ dir, publicDir, publish: true, contentlayer: createContentlayer() });
    if (result.problems.length > 0) {
      report(result.problems);
      return 1;
    }
    console.log(`Content OK: ${summary(result)}; ${result.documents} documents for the pages`);
    return 0;
  }

  if (command === "dev") {
    const contentlayer = createContentlayer();
    const step = async () => {
      const started = performance.now();
      const result = await runContentStep({ dir, publicDir, publish: false, contentlayer });
      if (result.problems.length > 0) report(result.problems);
      else console.log(`Content OK: ${summary(result)} (${Math.round(performance.now() - started)} ms)`);
      return result;
    };
    const first = await step();
    // The preview needs documents to start; after that, a problem leaves the last good ones in place.
    if (first.problems.length > 0) return 1;
    const stop = watchFiles([dir, publicDir], async () => {
      await step().catch((error: unknown) => console.error(message(error)));
    });
    const next = spawn("next", ["dev", ...process.argv.slice(3)], { stdio: "inherit", shell: false });
    const exit = (code: number) => void stop().then(() => process.exit(code));
    next.on("exit", (code) => exit(code ?? 0));
    process.on("SIGINT", () => next.kill("SIGINT"));
    process.on("SIGTERM", () => next.kill("SIGTERM"));
    return new Promise(() => {});
  }

  console.error(`unknown command "${command}": expected check, build or dev`);
  return 2;
}

/** What an organizer sees when the site's own code fails: the reason, never a stack trace. */
function message(error: unknown): string {
  return `The site's own code failed (not a problem in your files): ${error instanceof Error ? error.message : String(error)}`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(message(error));
    process.exitCode = 1;
  },
);
