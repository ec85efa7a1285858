import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { sites } from "./sites";

// npm run dev as an organizer uses it: save a meetup file and the page shows it.
// Editors save in two ways, writing the file in place or writing a new file and
// renaming it over the old one (vim, JetBrains' safe write, sed -i, git
// checkout); both must reach the page, every time.

const PORT = sites.fixture.port + 3;
const PAGE = `http://127.0.0.1:${PORT}/meetups/2099-03-10-ebpf-everywhere/`;
let dev: ChildProcess | undefined;
const log = "test-results/preview-dev.log";
let file = "";
let original = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-preview-"));
  fs.cpSync("test/fixtures/site", dir, { recursive: true });
  file = path.join(dir, "meetups/2099/2099-03-10-ebpf-everywhere.md");
  original = fs.readFileSync(file, "utf8");
  dev = spawn("npx", ["tsx", "scripts/content.ts", "dev", "--port", String(PORT)], {
    env: { ...process.env, CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" },
    // Its output is kept for when a test fails: test-results/preview-dev.log.
    stdio: ["ignore", fs.openSync(log, "w"), fs.openSync(log, "a")],
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(PAGE).catch(() => undefined))?.status, { timeout: 150_000, intervals: [1000] })
    .toBe(200);
});

test.afterAll(() => {
  // The whole group: the content watcher and the Next dev server it started.
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
});

async function heading(): Promise<string> {
  const html = await (await fetch(PAGE)).text();
  return (/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "").trim();
}

function retitle(title: string): string {
  return original.replace(/^title: .*$/m, `title: "${title}"`);
}

const saves = {
  "in place": (title: string) => fs.writeFileSync(file, retitle(title)),
  "by replacing": (title: string) => {
    fs.writeFileSync(`${file}.tmp`, retitle(title));
    fs.renameSync(`${file}.tmp`, file);
  },
};

test("every save reaches the page, whether the editor writes in place or replaces the file", async ({}, testInfo) => {
  const order = ["in place", "by replacing", "by replacing", "in place", "by replacing"] as const;
  for (const [i, way] of order.entries()) {
    const title = `Saved ${way} ${i}`;
    const saved = performance.now();
    saves[way](title);
    await expect.poll(heading, { timeout: 15_000, intervals: [100] }).toBe(title);
    testInfo.annotations.push({
      type: "save to page",
      description: `${way}: ${Math.round(performance.now() - saved)} ms`,
    });
  }
});

test("a file the gate refuses never reaches the page, and the next good save does", async () => {
  const good = await heading();
  fs.writeFileSync(file, retitle("Broken").replace(/^date: .*$/m, "date: someday"));
  await new Promise((r) => setTimeout(r, 1500));
  expect(await heading()).toBe(good);
  saves["by replacing"]("Fixed again");
  await expect.poll(heading, { timeout: 15_000, intervals: [100] }).toBe("Fixed again");
});
