import { spawnSync } from "node:child_process";
import { count } from "../text";

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

  // The content step runs in a process of its own: what it held (every document, Contentlayer's
  // runtime) is given back before the pages are rendered.
  const content = await timed("content", () =>
    spawnSync(process.execPath, [...process.execArgv, "scripts/content.ts", "build"], { stdio: "inherit" }),
  );
  if (content.status !== 0) return content.status ?? 1;

  // What the pages show is the published site's: React's production build, the resized photos, no drafts.
  Object.assign(process.env, { NODE_ENV: "production" });
  const pages = await timed("pages", async () => (await import("./pages-step")).pagesStep(OUT));
  console.log(`Pages: ${count(pages.pages, "page")}, ${count(pages.files, "other file")}`);

  const report = await timed("export", async () => (await import("./export-step")).exportStep(OUT));
  const parts = Object.entries(report.seconds).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`);
  timings.push(`of which ${parts.join(", ")}`);
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
