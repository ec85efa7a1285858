import { count } from "../text";
import { startContentProcess } from "./content-process";

const OUT = "out";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** npm run build (scripts/build.ts): content, pages, export, each timed. */
export async function buildCommand(): Promise<number> {
  const timings: string[] = [];
  let lap = performance.now();
  const done = (name: string) => {
    const now = performance.now();
    timings.push(`${name} ${seconds(now - lap)}`);
    lap = now;
  };

  // The content step runs in a process of its own (lib/build/content-process.ts).
  const content = startContentProcess();
  // What the pages show is the published site's: React's production build, the resized photos, no drafts.
  // (Set after the content step started: its process keeps the environment it was given.)
  Object.assign(process.env, { NODE_ENV: "production" });
  // Meanwhile, what the pages need besides the documents: this code loaded, app/ bundled, the stylesheet.
  const steps = Promise.all([import("./pages-step"), import("./export-step")]);
  const prepared = steps.then(([{ preparePages }]) => preparePages());
  // Awaited below, once the content step has passed; a content problem is reported first.
  steps.catch(() => undefined);
  prepared.catch(() => undefined);
  // And, when many link previews are to be drawn, their threads, loading the renderers: once the gate has
  // passed every file, while Contentlayer makes the documents on one core (before, they would slow the gate).
  const previewThreads = Promise.all([steps, content.passed])
    .then(([[, { startExportThreads }]]) => startExportThreads())
    .catch(() => []);
  const status = await content.exit;
  if (status !== 0) return status;
  done("content");

  const [{ startPages }, { exportStep }] = await steps;
  // With a thread drawing link previews on each core, this thread alone renders the pages: a thread
  // of their own would first have to load the site's code and documents again, on a core already busy.
  const threads = await previewThreads;
  const { catalog, routes, rendered } = await startPages(OUT, prepared, threads.length > 0 ? 1 : undefined);
  // The export's files per meetup are made while the pages render; the rest of it needs the pages.
  const exported = exportStep(OUT, catalog, rendered, { previewThreads: threads });
  // Awaited below; until then a failure of the pages (which fails it too) must not count as unhandled.
  exported.catch(() => undefined);
  const pages = await rendered;
  done("pages");
  console.log(`Pages: ${count(pages.pages, "page")}, ${count(routes.files, "other file")}`);
  // A route with nothing to show answers notFound() (lib/static-params.ts): no page, said so.
  if (pages.notFound.length > 0) console.log(`Not found, so not written: ${pages.notFound.join(", ")}`);

  const report = await exported;
  done("export");
  const parts = Object.entries(report.seconds).map(([name, s]) => `${name} ${s.toFixed(1)} s`);
  timings.push(`(export: ${parts.join(", ")}; calendars, photos and previews alongside the pages)`);
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
