// Measures what the performance targets are about (docs/performance.md):
//   tsx scripts/bench.ts [N=1000] [--lighthouse]
// - the group's archive (content/ and the old site's other posts): a cold npm run build, and npm run check
// - a generated archive of N meetups: a cold build (no caches at all), then a rebuild after editing one
//   meetup: wall time, the project's own steps' share of it, and the peak memory of the whole process tree
// - what each page type ships: gzipped script, HTML and CSS
// - the export's size and file count
// - npm run dev on the group's archive: a save (in place, and by replacing the file) to the page
//   showing it in Chromium
// - with --lighthouse: Lighthouse mobile on each page type, served gzipped like a static host
//   (LIGHTHOUSE=<folder>/node_modules/.bin/lighthouse after `npm i -E lighthouse@12.2.3` there; 13 needs Node 22)
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createServer } from "node:http";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../e2e/chromium";
import { staticHost } from "../lib/build/static-host";
import { walkFiles } from "../lib/outputs/export-files";

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const lighthouse = args.includes("--lighthouse");
const work = path.resolve("bench/.work");
const content = path.join(work, "content");
const OUT = "out";

const HEBREW_TITLES = ["ליבת לינוקס מבפנים", "eBPF בפרודקשן", "זיכרון, מטמון ומה שביניהם"];

let recorded = "";

/**
 * The group's whole archive: content/, and the 20 posts of the old Jekyll site (test/fixtures/kerneltlv-jekyll)
 * but the one content/ holds upgraded, as an organizer moving them in would have it.
 */
function groupArchive(): string {
  const dir = path.join(work, "group");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync("content", dir, { recursive: true });
  const meetups = path.join(dir, "meetups");
  const days = new Set(fs.readdirSync(meetups).map((name) => name.slice(0, 10)));
  const posts = "test/fixtures/kerneltlv-jekyll/content/meetups";
  for (const name of fs.readdirSync(posts)) {
    if (!days.has(name.slice(0, 10))) fs.copyFileSync(path.join(posts, name), path.join(meetups, name));
  }
  return dir;
}

/** An archive shaped like the group's: a meetup a week, two talks, some legacy posts, some in Hebrew. */
function writeContent(): string {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(content, "meetups"), { recursive: true });
  fs.mkdirSync(path.join(content, "speakers"), { recursive: true });
  for (let s = 0; s < 50; s++) {
    fs.writeFileSync(
      path.join(content, "speakers", `speaker-${s}.md`),
      `---\nname: "Speaker ${s}"\nrole: "Engineer"\n---\nA bio with [a link](https://example.com/${s}).\n`,
    );
  }
  const start = Date.UTC(2026, 10, 3);
  let first = "";
  // One past meetup has its talks recorded (YouTube): the page that loads the player's module.
  const recordedAt = 6;
  for (let i = 0; i < count; i++) {
    const day = new Date(start - i * 7 * 86_400_000).toISOString().slice(0, 10);
    const slug = `${day}-meetup-${i}`;
    if (i === 0) first = slug;
    if (i === recordedAt) recorded = slug;
    const video = (n: number) =>
      i === recordedAt ? `\n    video: "https://www.youtube.com/watch?v=aqz-KE-bpK${n}"` : "";
    const speakers = [`speaker-${i % 50}`, `speaker-${(i + 7) % 50}`];
    const title = i % 7 === 3 ? HEBREW_TITLES[i % HEBREW_TITLES.length]! : `Meetup ${i}`;
    const legacy = i % 10 === 9;
    const text = legacy
      ? `---\nlayout: post\ntitle: "Legacy ${i}"\ndate: ${day} 16-00-00 +0300\ncategories: meetups\n---\n[RSVP](https://www.meetup.com/g/events/${i}/)\n\n19:00-19:15 mingling\n\n19:15-20:00 Talk A\n\n20:00-20:15 break\n\n20:15-21:00 Talk B\n`
      : `---\ntitle: "${title}"\ndate: ${day}T19:00\ntopics: [topic-${i % 20}, kernel]\nschedule:\n  - time: "19:00"\n    end: "19:15"\n    title: Mingling\n  - time: "19:15"\n    end: "20:00"\n    title: Talk one of ${i}\n    speakers: [${speakers[0]}]\n    abstract: "An **abstract** for the first talk."${video(1)}\n  - time: "20:00"\n    end: "20:15"\n    title: Break\n  - time: "20:15"\n    end: "21:00"\n    title: Talk two of ${i}\n    speakers: [${speakers[1]}]${video(2)}\n---\nThe announcement of meetup ${i}, with [a link](https://example.com).\n`;
    fs.writeFileSync(path.join(content, "meetups", `${slug}.${legacy ? "markdown" : "md"}`), text);
  }
  return first;
}

/** Resident memory of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Run {
  seconds: number;
  peakBytes: number;
  /** The project's own steps: the content step, and the adapter's work after next build. */
  ownSeconds: number;
}

/** npm run <script> as an organizer runs it, npm's own process included in the memory. */
function run(script: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("npm", ["run", "--silent", script], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    let contentDone: number | undefined;
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      if (contentDone === undefined && output.includes("Content OK")) contentDone = performance.now();
    });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on("exit", (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`npm run ${script} failed:\n${output.slice(-3000)}`));
      const after = Number(/^Export: .*\(([\d.]+) s\)$/m.exec(output)?.[1] ?? 0);
      const content = ((contentDone ?? started) - started) / 1000;
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes: peak, ownSeconds: content + after });
    });
  });
}

const CACHES = [".next", ".contentlayer", ".build", ".cache", OUT];
const clean = () => CACHES.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
const share = (r: Run) => `${Math.round((100 * r.ownSeconds) / r.seconds)} %`;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** The file an export path is served from. */
function outFile(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!.replace(/^\/+/, ""));
  const file = path.join(OUT, clean);
  return fs.existsSync(file) && fs.statSync(file).isDirectory() ? path.join(file, "index.html") : file;
}

/** Gzipped bytes of every script a page runs: external and inline, and what modules import statically. */
function pageScript(html: string): number {
  let total = 0;
  const seen = new Set<string>();
  const addScript = (url: string, isModule: boolean) => {
    if (seen.has(url) || /^https?:/.test(url)) return;
    seen.add(url);
    const code = fs.readFileSync(outFile(url));
    total += gzipSync(code).length;
    // A module's static imports load with it (its dynamic import() only on use).
    if (!isModule) return;
    for (const m of code.toString().matchAll(/(?:^|[;}])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["']([^"']+)["']/g)) {
      addScript(new URL(m[1]!, `http://x${url}`).pathname, true);
    }
  };
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type="(application\/ld\+json|speculationrules)"/.test(attrs) || /nomodule/i.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) addScript(src, /type="module"/.test(attrs));
    else {
      total += gzipSync(m[2]!).length;
      // A loader that first asks for an element (onlyWith) loads nothing on a page without one.
      const onlyWith = /document\.querySelector\("([^"]+)"\)&&/.exec(m[2]!)?.[1]?.split(",");
      if (onlyWith && !onlyWith.some((selector) => html.includes(` ${selector.slice(1, -1)}=`))) continue;
      // The inline loader imports the page's module files once it is painted (lib/browser/bundle.ts):
      // they load with every view, so they count. A module's own import() of a variable loads on use only.
      if (/type="module"/.test(attrs)) {
        for (const i of m[2]!.matchAll(/import\(("[^"]+")\)/g)) addScript(JSON.parse(i[1]!) as string, true);
      }
    }
  }
  return total;
}

function pageCss(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
    total += gzipSync(fs.readFileSync(outFile(m[1]!))).length;
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) total += gzipSync(m[1]!).length;
  return total;
}

function exportSize(): { bytes: number; files: number } {
  const files = walkFiles(OUT);
  return { bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(OUT, file)).size, 0), files: files.length };
}

/** The year folders under an export folder, the latest first. */
const yearsIn = (dir: string) =>
  fs
    .readdirSync(path.join(OUT, dir))
    .filter((d) => /^\d{4}$/.test(d))
    .sort()
    .reverse();

/**
 * npm run dev on the group's archive, its first meetup in the structured form open in Chromium: the time from each
 * save to the page showing the new title, for saves in place and by replacing the file (as vim and git do).
 */
async function previewSaves(copy: string): Promise<Record<string, number[]>> {
  const name = fs.readdirSync(path.join(copy, "meetups")).find((f) => f.endsWith(".md"))!;
  const file = path.join(copy, "meetups", name);
  const original = fs.readFileSync(file, "utf8");
  const port = 8400 + Math.floor(Math.random() * 400);
  const dev = spawn("npx", ["tsx", "scripts/content.ts", "dev", "--port", String(port)], {
    env: { ...process.env, CONTENT_DIR: copy, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    const url = `http://127.0.0.1:${port}/meetups/${name.replace(/\.md$/, "")}/`;
    for (
      let tries = 0;
      !(await fetch(url).then(
        (r) => r.ok,
        () => false,
      ));
      tries++
    ) {
      if (tries > 300) throw new Error(`npm run dev did not answer ${url}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const page = await browser.newPage();
    await page.goto(url);
    const times: Record<string, number[]> = { "in place": [], "by replacing": [] };
    for (let i = 0; i < 10; i++) {
      const way = i % 2 === 0 ? "in place" : "by replacing";
      const title = `Saved ${i}`;
      const text = original.replace(/^title: .*$/m, `title: "${title}"`);
      const started = performance.now();
      if (way === "in place") fs.writeFileSync(file, text);
      else {
        fs.writeFileSync(`${file}.tmp`, text);
        fs.renameSync(`${file}.tmp`, file);
      }
      await page.waitForFunction((t) => document.querySelector("h1")?.textContent?.includes(t), title, {
        polling: 20,
        timeout: 30_000,
      });
      times[way]!.push(performance.now() - started);
      // An editor's saves are seconds apart.
      await new Promise((r) => setTimeout(r, 1000));
    }
    return times;
  } finally {
    await browser.close();
    process.kill(-dev.pid!, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Lighthouse's default (mobile) run of one page, in one line: the four scores, then timings and weights. */
async function lighthouseLine(binary: string, url: string): Promise<string> {
  // Asynchronously: this process serves the pages while Lighthouse loads them. Lighthouse finds the machine's
  // Chrome or Chromium itself, or the one CHROME_PATH names.
  const { stdout } = await promisify(execFile)(
    binary,
    [url, "--output=json", "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<
      string,
      {
        numericValue?: number;
        details?: { items?: { resourceType: string; transferSize: number; requestCount: number }[] };
      }
    >;
  };
  const score = (c: string) => String(Math.round((report.categories[c]?.score ?? 0) * 100)).padEnd(4);
  const value = (a: string) => report.audits[a]?.numericValue ?? NaN;
  const resources = report.audits["resource-summary"]?.details?.items ?? [];
  const transfer = (type: string) => resources.find((r) => r.resourceType === type)?.transferSize ?? 0;
  return [
    ...["performance", "accessibility", "best-practices", "seo"].map(score),
    ...["largest-contentful-paint", "total-blocking-time", "first-contentful-paint"].map((a) =>
      String(Math.round(value(a))).padStart(7),
    ),
    value("cumulative-layout-shift").toFixed(3).padStart(6),
    ...[value("total-byte-weight"), transfer("script"), transfer("document")].map((b, i) =>
      (b / 1024).toFixed(1).padStart(i === 0 ? 9 : 7),
    ),
    String(resources.find((r) => r.resourceType === "total")?.requestCount ?? 0).padStart(4),
  ].join(" ");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const line = (name: string, r: Run) =>
  console.log(
    `${name.padEnd(16)}${r.seconds.toFixed(1).padStart(6)} s   peak ${mib(r.peakBytes)}   own steps ${share(r)}`,
  );

async function main() {
  clean();
  const group = groupArchive();
  const real = await run("build", { CONTENT_DIR: group });
  const check = await run("check", { CONTENT_DIR: group });
  console.log(`\nthe group's archive (${fs.readdirSync(path.join(group, "meetups")).length} meetups)`);
  line("cold build", real);
  console.log(`${"npm run check".padEnd(16)}${check.seconds.toFixed(1).padStart(6)} s`);
  for (const [way, times] of Object.entries(await previewSaves(group))) {
    const all = times.map((t) => Math.round(t)).join(", ");
    console.log(
      `${"save to page".padEnd(16)}${Math.round(median(times)).toString().padStart(6)} ms median, ${way} (${all})`,
    );
  }

  const first = writeContent();
  clean();
  const cold = await run("build", { CONTENT_DIR: content });
  const edited = path.join(content, "meetups", `${first}.md`);
  fs.writeFileSync(edited, fs.readFileSync(edited, "utf8").replace(/^title: .*$/m, 'title: "Meetup 0, edited"'));
  const warm = await run("build", { CONTENT_DIR: content });

  console.log(`\n${count} meetups`);
  line("cold build", cold);
  line("after one edit", warm);

  const topic = fs.readdirSync(path.join(OUT, "topics"))[0];
  const talkYears = yearsIn("talks");
  const meetupYears = yearsIn("meetups");
  const pages: Record<string, string> = {
    home: "/",
    "meetup, upcoming": `/meetups/${first}/`,
    "meetup, past": `/meetups/${fs.readdirSync(path.join(OUT, "meetups")).filter((d) => d.includes("meetup-"))[5]}/`,
    archive: "/meetups/",
    "archive, a year": `/meetups/${meetupYears[1] ?? meetupYears[0]}/`,
    speakers: "/speakers/",
    speaker: "/speakers/speaker-0/",
    topic: `/topics/${topic}/`,
    ...(fs.existsSync(path.join(OUT, "topics", topic ?? "", "2")) && { "topic, page 2": `/topics/${topic}/2/` }),
    // Its module imports Pagefind only when used: what loads with the page is counted here.
    search: "/search/",
    ...(recorded && { "meetup, recorded": `/meetups/${recorded}/` }),
    talks: "/talks/",
    // The latest year may be a few weeks of one; the one before is a whole year of talks.
    "talks, a year": `/talks/${talkYears[1] ?? talkYears[0]}/`,
  };
  console.log(
    `\n${"page".padEnd(18)} ${"script".padStart(10)} ${"HTML".padStart(10)} ${"CSS".padStart(10)}   (gzipped)`,
  );
  for (const [name, url] of Object.entries(pages)) {
    const html = fs.readFileSync(outFile(url), "utf8");
    console.log(
      `${name.padEnd(18)} ${kib(pageScript(html)).padStart(10)} ${kib(gzipSync(html).length).padStart(10)} ${kib(pageCss(html)).padStart(10)}`,
    );
  }
  const size = exportSize();
  console.log(`\nexport: ${mib(size.bytes)} (${(size.bytes / 1e6).toFixed(1)} MB) in ${size.files} files`);

  if (lighthouse) {
    const binary = process.env.LIGHTHOUSE;
    if (!binary) throw new Error("set LIGHTHOUSE to Lighthouse 12.2.3's binary (npm i -E lighthouse@12.2.3)");
    // Served gzipped, as GitHub Pages serves it, on a port of its own (a server left on a fixed
    // port by an earlier run would answer with an older site).
    const server = createServer(staticHost(OUT, { gzip: true }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      console.log("\nLighthouse (mobile): perf a11y bp seo LCP_ms TBT_ms FCP_ms CLS bytes_KiB js_KiB doc_KiB reqs URL");
      for (const url of Object.values(pages).map((u) => `http://127.0.0.1:${port}${u}`)) {
        console.log(`${await lighthouseLine(binary, url)}  ${url}`);
      }
    } finally {
      server.close();
    }
  }
  console.log("\n(out/ now holds the benchmark's site: run npm run build again for the real one.)");
}

await main();
