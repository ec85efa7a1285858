// Measures what the performance targets are about, as figures:
//   - a cold build of N meetups (default 1,000), in seconds
//   - gzipped JS each page type ships, and the home page's HTML size
// tsx scripts/bench.ts [N]
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const count = Number(process.argv[2] ?? 1000);
const work = path.resolve("bench/.work");
const content = path.join(work, "content");

function writeContent(): void {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(content, "meetups"), { recursive: true });
  fs.mkdirSync(path.join(content, "speakers"), { recursive: true });
  for (let s = 0; s < 50; s++) {
    fs.writeFileSync(
      path.join(content, "speakers", `speaker-${s}.md`),
      `---\nname: "Speaker ${s}"\nrole: "Engineer"\n---\nA bio.\n`,
    );
  }
  // One meetup a week, going back from 2026, half with a structured schedule, a tenth as legacy posts.
  const start = Date.UTC(2026, 10, 3);
  for (let i = 0; i < count; i++) {
    const day = new Date(start - i * 7 * 86_400_000).toISOString().slice(0, 10);
    const slug = `${day}-meetup-${i}`;
    const speakers = [`speaker-${i % 50}`, `speaker-${(i + 7) % 50}`];
    const text =
      i % 10 === 9
        ? `---\nlayout: post\ntitle: "Legacy ${i}"\ndate: ${day} 16-00-00 +0300\ncategories: meetups\n---\n[RSVP](https://www.meetup.com/g/events/${i}/)\n\n19:00-19:15 mingling\n\n19:15-20:00 Talk A\n\n20:00-20:15 break\n\n20:15-21:00 Talk B\n`
        : `---\ntitle: "Meetup ${i}"\ndate: ${day}T19:00\ntopics: [topic-${i % 20}, kernel]\nschedule:\n  - time: "19:00"\n    end: "19:15"\n    title: Mingling\n  - time: "19:15"\n    end: "20:00"\n    title: Talk one of ${i}\n    speakers: [${speakers[0]}]\n    abstract: "An **abstract** for the first talk."\n  - time: "20:00"\n    end: "20:15"\n    title: Break\n  - time: "20:15"\n    end: "21:00"\n    title: Talk two of ${i}\n    speakers: [${speakers[1]}]\n---\nThe announcement of meetup ${i}, with [a link](https://example.com).\n`;
    fs.writeFileSync(path.join(content, "meetups", `${slug}.${i % 10 === 9 ? "markdown" : "md"}`), text);
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Gzipped bytes of every script a page loads. */
function pageJs(htmlFile: string): number {
  const html = fs.readFileSync(htmlFile, "utf8");
  // noModule scripts are polyfills that modern browsers never load.
  const srcs = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .flatMap((m) => /src="([^"]+)"/.exec(m[1]!)?.[1] ?? []);
  return srcs.reduce((sum, src) => sum + gzipSync(fs.readFileSync(path.join("out", src.replace(/^\//, "")))).length, 0);
}

writeContent();
for (const dir of [".next", ".contentlayer", ".build"]) fs.rmSync(dir, { recursive: true, force: true });
const t0 = performance.now();
execSync("npm run build --silent", {
  stdio: "ignore",
  env: { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" },
});
const seconds = (performance.now() - t0) / 1000;

const meetupDir = fs.readdirSync("out/meetups").find((d) => d.includes("meetup-0"))!;
const pages = {
  home: "out/index.html",
  meetup: `out/meetups/${meetupDir}/index.html`,
  archive: "out/meetups/index.html",
  speaker: "out/speakers/speaker-0/index.html",
};
console.log(`Cold build of ${count} meetups: ${seconds.toFixed(1)} s`);
for (const [name, file] of Object.entries(pages)) {
  const html = fs.readFileSync(file);
  console.log(
    `${name.padEnd(8)} JS ${kib(pageJs(file)).padStart(10)} gzipped   HTML ${kib(gzipSync(html).length).padStart(9)} gzipped`,
  );
}
console.log("(out/ now holds the benchmark's site: run npm run build again for the real one.)");
