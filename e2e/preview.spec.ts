import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { get, startPreview, type Preview } from "./preview-server";
import { previewPorts } from "./sites";

// npm run dev as an organizer uses it: save a meetup file, or the settings, and the page shows it.
// Editors save in two ways, writing the file in place or writing a new file and
// renaming it over the old one (vim, JetBrains' safe write, sed -i, git
// checkout); both must reach the page, every time.

const PAGE = "/meetups/2099-03-10-ebpf-everywhere/";
const LOG = "test-results/preview-dev.log";
/** What the organizer's terminal shows. */
const terminal = () => fs.readFileSync(LOG, "utf8");
let preview: Preview | undefined;
let dir = "";
let file = "";
let original = "";
let settings = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  // A hook's own timeout (the config's 30 s unless set here): starting takes the content step, next dev's
  // start and the page's compile, minutes on a busy machine.
  test.setTimeout(360_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-preview-"));
  fs.cpSync("test/fixtures/site", path.join(dir, "content"), { recursive: true });
  file = path.join(dir, "content/meetups/2099/2099-03-10-ebpf-everywhere.md");
  original = fs.readFileSync(file, "utf8");
  settings = path.join(dir, "site.yml");
  fs.copyFileSync("test/fixtures/site.yml", settings);
  // The organizer starts the preview with a file the gate refuses, then fixes it (see the first test).
  fs.writeFileSync(file, original.replace(/^date: .*$/m, "date: someday"));
  preview = startPreview({
    port: previewPorts.saves,
    env: { ...process.env, CONTENT_DIR: path.join(dir, "content"), SITE_CONFIG: settings },
    log: LOG,
  });
  await expect.poll(terminal, { timeout: 120_000 }).toContain("the preview starts when they pass");
  fs.writeFileSync(file, original);
  await preview.ready(PAGE, 300_000);
});

test.afterAll(async () => {
  await preview?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// As organizers open it: next dev updates an open page only for its own host name (allowedDevOrigins).
const openPage = (page: Page) => page.goto(`${preview!.origin.replace("127.0.0.1", "localhost")}${PAGE}`);
const bannerOf = (page: Page) => page.getByRole("alert", { name: /Your last save was not used/ });

async function heading(): Promise<string> {
  const { html } = await get(`${preview!.origin}${PAGE}`);
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

test("a preview started with a refused file names it, and starts at the save that fixes it", () => {
  const said = terminal();
  expect(said).toMatch(/2099-03-10-ebpf-everywhere\.md: date: .*someday[^]*the preview starts when they pass\.\n/);
  // Next's dev server started only once the file was fixed.
  expect(said.indexOf("Next.js")).toBeGreaterThan(said.indexOf("the preview starts when they pass"));
});

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

test("a file the gate refuses never reaches the page, which says why, and the next good save does", async ({
  page,
}) => {
  const good = await heading();
  await openPage(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(good);
  const banner = bannerOf(page);
  await expect(banner).toHaveCount(0);

  fs.writeFileSync(file, retitle("Broken").replace(/^date: .*$/m, "date: someday"));
  // The open page says so by itself, naming the file and the field, over the last good version.
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner.getByRole("listitem")).toHaveText([/2099-03-10-ebpf-everywhere\.md: date: .*someday/]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(good);
  expect(await heading()).toBe(good);

  saves["by replacing"]("Fixed again");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fixed again", { timeout: 60_000 });
  await expect(banner).toHaveCount(0);
  await expect.poll(heading, { timeout: 15_000, intervals: [100] }).toBe("Fixed again");
});

test("a save of the settings reaches the open page, and a refused one is said there as a meetup's is", async ({
  page,
}) => {
  const text = fs.readFileSync(settings, "utf8");
  const saved = text.replace(/^tagline: .*$/m, "tagline: Saved Settings Tagline");
  await openPage(page);
  const footer = page.getByRole("contentinfo");
  const banner = bannerOf(page);
  await expect(footer).not.toContainText("Saved Settings Tagline");

  fs.writeFileSync(settings, saved);
  await expect(footer).toContainText("Saved Settings Tagline", { timeout: 60_000 });

  fs.writeFileSync(settings, saved.replace(/^country: .*$/m, "country: UK"));
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner.getByRole("listitem")).toHaveText([/site\.yml: country: .*"GB"/]);
  await expect(footer).toContainText("Saved Settings Tagline");

  fs.writeFileSync(settings, text);
  await expect(banner).toHaveCount(0, { timeout: 60_000 });
  await expect(footer).not.toContainText("Saved Settings Tagline");
});
