// The whole build, each step timed: tsx scripts/build.ts  (npm run build)
//   1. content   the gate checks every file and hands the documents to Contentlayer
//   2. pages     next build renders the pages to out/
//   3. export    the files made per meetup (calendars, old addresses) are written beside them, the
//                framework's client runtime is taken out, Pagefind indexes the pages for search,
//                and the result is checked
import { spawnSync } from "node:child_process";
import { createContentlayer } from "../lib/build/contentlayer";
import { runContentStep } from "../lib/build/content-step";
import { contentDir } from "../lib/content/paths";
import { formatProblems } from "../lib/content/problems";
import { count } from "../lib/text";

const OUT = "out";
const timings: string[] = [];
async function timed<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return value;
}

async function main(): Promise<number> {
  const dir = contentDir();
  const content = await timed("content", () =>
    runContentStep({ dir, publish: true, contentlayer: createContentlayer() }),
  );
  if (content.problems.length > 0) {
    console.error(formatProblems(content.problems));
    console.error(`\nFix the file${content.problems.length === 1 ? "" : "s"} above; the site was not built.`);
    return 1;
  }
  console.log(`Content OK: ${count(content.meetups, "meetup")}, ${count(content.speakers, "speaker")} in ${dir}/`);

  const pages = await timed("pages", () =>
    spawnSync("next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }),
  );
  if (pages.status !== 0) return pages.status ?? 1;

  const report = await timed("export", async () => {
    const { exportStep } = await import("../lib/build/export-step");
    return await exportStep(OUT);
  });
  timings.push(`of which search index ${report.search.seconds.toFixed(1)} s`);
  if (report.problems.length > 0) {
    console.error(`The export is broken:\n${report.problems.map((p) => `  - ${p}`).join("\n")}`);
    return 1;
  }
  console.log(`Built ${OUT}/ (${timings.join(", ")})`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`The build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
