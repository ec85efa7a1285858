import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { BERLIN, EBPF, MEMORY, siteDir, sites, siteUrl, type SiteName } from "./sites";

// Each page carries only the rules of the site's stylesheet that can match it
// (lib/export/css.ts). Whatever was cut must not have mattered: every element,
// its ::before and ::after included, computes the same style as with the whole
// stylesheet, at a phone's width in light and a desktop's in dark, after the
// page's own modules have run (so with JavaScript on only: without it, a page
// has less to style, never more).

const PAGES: [SiteName, string][] = [
  ["fixture", "/"],
  ["fixture", "/meetups/"],
  ["fixture", EBPF],
  ["fixture", MEMORY],
  ["fixture", BERLIN],
  ["fixture", "/speakers/"],
  ["fixture", "/speakers/dana-fixture/"],
  ["fixture", "/topics/ebpf/"],
  ["fixture", "/talks/"],
  ["fixture", "/search/"],
  ["fixture", "/propose/"],
  ["fixture", "/404.html"],
  ["hebrew", "/"],
  ["hebrew", `/meetups/${encodeURIComponent("2099-05-14-ערב-ebpf")}/`],
  ["hebrew", `/meetups/${encodeURIComponent("2025-01-15-ebpf-בפרודקשן")}/`],
  ["hebrew", "/code-of-conduct/"],
];

/** Every element's computed style, and its ::before's and ::after's, as text. */
async function computedStyles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")].map((element) => {
      const parts = [element.tagName + (element.id ? `#${element.id}` : "")];
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(element, pseudo);
        // A pseudo-element without content isn't drawn.
        if (pseudo && ["none", "normal"].includes(style.content)) {
          parts.push("");
          continue;
        }
        const properties: string[] = [];
        for (let i = 0; i < style.length; i++) properties.push(`${style[i]}:${style.getPropertyValue(style[i]!)}`);
        parts.push(properties.join(";"));
      }
      return parts.join(" | ");
    }),
  );
}

/** The whole stylesheet the page's <style> was cut from (Next's file, named by its data-href). */
function wholeStylesheet(site: SiteName, html: string): string {
  const href = /<style[^>]*\sdata-href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error("the page's <style> names no stylesheet (data-href)");
  return fs.readFileSync(path.join(siteDir(site), href.slice(sites[site].basePath.length)), "utf8");
}

for (const [site, pathname] of PAGES) {
  test(`@js ${site} ${decodeURIComponent(pathname)} computes the same style as with the whole stylesheet`, async ({
    page,
  }) => {
    const url = `${siteUrl(site)}${sites[site].basePath}${pathname}`;
    for (const [viewport, colorScheme] of [
      [{ width: 390, height: 844 }, "light"],
      [{ width: 1280, height: 900 }, "dark"],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.unrouteAll();
      await page.goto(url, { waitUntil: "networkidle" });
      const pruned = await computedStyles(page);

      await page.route(url, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const whole = wholeStylesheet(site, html);
        expect(whole.length).toBeGreaterThan(html.length / 4);
        const body = html.replace(/(<style[^>]*>)[\s\S]*?(<\/style>)/g, (_, open, close) => open + whole + close);
        await route.fulfill({ response, body });
      });
      await page.goto(url, { waitUntil: "networkidle" });
      const reference = await computedStyles(page);

      expect(pruned.length, `${colorScheme} at ${viewport.width} px`).toBe(reference.length);
      const differing = pruned.findIndex((style, i) => style !== reference[i]);
      if (differing >= 0) {
        // Name the element whose own rules changed, rather than the ancestors whose size followed.
        const geometry = /^(block-size|height|inline-size|width|perspective-origin|transform-origin):/;
        const lostAt = (i: number) => {
          const [a, b] = [pruned[i]!, reference[i]!].map((s) => s.split(" | "));
          return b!.flatMap((part, k) => {
            const mine = new Set(a![k]!.split(";"));
            return part
              .split(";")
              .filter((p) => !mine.has(p) && !geometry.test(p))
              .map((p) => (k === 2 ? `::before ${p}` : k === 3 ? `::after ${p}` : p));
          });
        };
        const cause = pruned.findIndex((style, i) => style !== reference[i] && lostAt(i).length > 0);
        const at = cause >= 0 ? cause : differing;
        throw new Error(
          `${colorScheme} at ${viewport.width} px: element ${at} (${pruned[at]!.split(" | ")[0]}) ` +
            `styles differently without the cut rules: ${(cause >= 0 ? lostAt(at) : ["its size"]).slice(0, 8).join("; ")}`,
        );
      }
    }
  });
}
