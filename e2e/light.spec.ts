import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { SCRIPT_BUDGET_GZIPPED } from "../lib/browser/bundle";
import { siteDir, sites, type SiteName } from "./sites";

// What next build exports carries Next's client runtime; the site ships HTML, CSS and its own few modules.
// The export's files are read as a static host serves them (@js: once, not again without JavaScript).

const files = (dir: string) => fs.readdirSync(dir, { recursive: true }).map((f) => String(f).split(path.sep).join("/"));

for (const name of ["fixture", "hebrew"] as SiteName[]) {
  const dir = siteDir(name);
  const served = (url: string) => fs.readFileSync(path.join(dir, url.slice(sites[name].basePath.length)));

  test(`@js the ${name} site's export holds no framework runtime and no RSC payloads`, () => {
    const all = files(dir);
    expect(all.filter((f) => f.split("/").includes("_next"))).toEqual([]);
    expect(all.filter((f) => /(^|\/)(__next\..*|index)\.txt$/.test(f))).toEqual([]);
  });

  test(`@js every page of the ${name} site carries at most 4 KiB of script, all of it the site's own`, () => {
    const pages = files(dir).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = fs.readFileSync(path.join(dir, file), "utf8");
      let bytes = 0;
      for (const [, attributes, code] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        const type = /type="([^"]+)"/.exec(attributes!)?.[1];
        if (type === "application/ld+json" || type === "speculationrules") continue;
        // An old address's page sends the browser on with one line of its own.
        if (file.endsWith(".html") && !file.endsWith("index.html") && file !== "404.html") continue;
        expect(type, `${file}: ${attributes}`).toBe("module");
        expect(attributes, file).not.toContain("src=");
        bytes += gzipSync(code!).length;
        // A loader that first asks for an element (onlyWith: attribute selectors) loads nothing on a page without one.
        const onlyWith = /document\.querySelector\("([^"]+)"\)&&/.exec(code!)?.[1]?.split(",");
        if (onlyWith && !onlyWith.some((selector) => html.includes(` ${selector.slice(1, -1)}=`))) continue;
        // The inline loader imports the page's module files once it is painted: they load with every view.
        for (const [, src] of code!.matchAll(/import\("([^"]+)"\)/g)) {
          expect(src, file).toMatch(/\/assets\/\w+\.[0-9a-f]{8}\.js$/);
          bytes += gzipSync(served(src!)).length;
        }
      }
      expect(bytes, file).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIPPED);
    }
  });
}

test("@js a page loads the live-time module only when it has something for it to set right", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
  const live = () => loaded.filter((p) => /\/assets\/live\.[0-9a-f]{8}\.js$/.test(p));
  await page.goto("/");
  await expect.poll(() => live().length).toBe(1);
  loaded.length = 0;
  await page.goto("/search/?q=eBPF");
  await expect(page.getByRole("heading", { name: "eBPF Everywhere" }).first()).toBeVisible();
  expect(live()).toEqual([]);
});
