import { spawnSync } from "node:child_process";
import { contentDir, publicDir } from "../content/paths";
import { count } from "../text";
import { createContentlayer } from "./contentlayer";
import { runContentStep } from "./content-step";
import { reportProblems } from "./entry";

const OUT = "out";

/** npm run build (scripts/build.ts): content, pages, export, each timed. */
export async function buildCommand(): Promise<number> {
  const timings: string[] = [];
  async function timed<T>(name: string, work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    const value = await work();
    timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  }

  const dir = contentDir();
  const content = await timed("content", () =>
    runContentStep({ dir, publicDir: publicDir(), publish: true, contentlayer: createContentlayer() }),
  );
  if (content.problems.length > 0) {
    reportProblems(content.problems);
    return 1;
  }
  console.log(`Content OK: ${count(content.meetups, "meetup")}, ${count(content.speakers, "speaker")} in ${dir}/`);

  const pages = await timed("pages", () =>
    spawnSync("next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }),
  );
  if (pages.status !== 0) return pages.status ?? 1;

  const report = await timed("export", async () => (await import("./export-step")).exportStep(OUT));
  if (report.problems.length > 0) {
    console.error(`The export is broken:\n${report.problems.map((p) => `  - ${p}`).join("\n")}`);
    return 1;
  }
  const { photos } = report;
  if (photos.photos > 0) {
    console.log(
      `Photos: ${count(photos.photos, "photo")}, ${count(photos.encoded, "file")} resized, ${photos.reused} from the cache`,
    );
  }
  console.log(`Built ${OUT}/ (${timings.join(", ")})`);
  return 0;
}
