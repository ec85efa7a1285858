import { spawn } from "node:child_process";
import { settingsDrawableProblems } from "../content/drawable";
import { siteIconProblems } from "../content/public-folder";
import { damagedPhotos } from "../content/images";
import { loadContent } from "../content/load";
import { contentDir, publicDir } from "../content/paths";
import { settingsFile } from "../content/settings";
import { site } from "../site/config";
import { count } from "../site/text";
import type { ContentStepResult } from "./content-step";
import { createContentlayer } from "./contentlayer";
import { reportFailure, reportProblems } from "./entry";
import { writePreviewProblems } from "./preview-problems";

function summary(dir: string, r: Pick<ContentStepResult, "meetups" | "speakers">): string {
  return `${count(r.meetups, "meetup")}, ${count(r.speakers, "speaker")} in ${dir}/`;
}

/** npm run check, the build's content step, and the preview (scripts/content.ts). */
export async function contentCommand([command = "check", ...rest]: string[]): Promise<number> {
  const dir = contentDir();
  const publicFiles = publicDir();

  if (command === "check") {
    const { meetups, speakers, problems } = loadContent(dir, { publicDir: publicFiles });
    problems.push(...settingsDrawableProblems(site), ...siteIconProblems(publicFiles));
    if (problems.length === 0) problems.push(...(await damagedPhotos(meetups, publicFiles)));
    if (problems.length > 0) {
      reportProblems(problems, ", then run npm run check again");
      return 1;
    }
    console.log(`Content OK: ${summary(dir, { meetups: meetups.length, speakers: speakers.length })}`);
    return 0;
  }

  // Git's history and the watcher load only for the commands that use them, and Contentlayer only once the gate has
  // passed every file (lib/build/contentlayer.ts): check is the gate alone.
  const { runContentStep } = await import("./content-step");

  if (command === "build") {
    writePreviewProblems([]);
    const result = await runContentStep({
      dir,
      publicDir: publicFiles,
      publish: true,
      contentlayer: createContentlayer(),
    });
    if (result.problems.length > 0) {
      reportProblems(result.problems, "; the site was not built");
      return 1;
    }
    console.log(`Content OK: ${summary(dir, result)}; ${result.documents} documents for the pages`);
    return 0;
  }

  if (command === "dev") {
    const contentlayer = createContentlayer();
    // Whether every file has passed once, and next dev has documents to start with.
    let passed = false;
    const step = async () => {
      const started = performance.now();
      const result = await runContentStep({ dir, publicDir: publicFiles, publish: false, contentlayer });
      // The page's banner says it too; the documents stay the last good ones.
      writePreviewProblems(result.problems);
      if (result.problems.length > 0) {
        reportProblems(
          result.problems,
          passed ? "; the preview shows the last good version" : "; the preview starts when they pass",
        );
      } else console.log(`Content OK: ${summary(dir, result)} (${Math.round(performance.now() - started)} ms)`);
      return result;
    };
    // next dev needs documents: it starts once every file passes, at once or at the save that fixes the last
    // problem. After that, a problem leaves the last good documents in place, and the page's banner says it.
    let onPass = () => {};
    const { watchFiles } = await import("./watch");
    // A failure of the site's own code stops the preview on the first run (runEntry reports it); later, it is
    // said and the last good documents stay.
    let first = true;
    const stop = await watchFiles(
      [dir, publicFiles, settingsFile()],
      async () => {
        const result = await step().catch((error: unknown) => {
          if (first) throw error;
          reportFailure(error);
        });
        first = false;
        if (result && result.problems.length === 0 && !passed) {
          passed = true;
          onPass();
        }
      },
      reportFailure,
    );
    if (!passed) await new Promise<void>((resolve) => (onPass = resolve));
    const next = spawn("next", ["dev", ...rest], { stdio: "inherit", shell: false });
    process.on("SIGINT", () => next.kill("SIGINT"));
    process.on("SIGTERM", () => next.kill("SIGTERM"));
    return new Promise((resolve) => next.on("exit", (code) => void stop().then(() => resolve(code ?? 0))));
  }

  console.error(`unknown command "${command}": expected check, build or dev`);
  return 2;
}
