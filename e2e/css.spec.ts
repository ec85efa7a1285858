import { expect, test, type Page } from "@playwright/test";
import { compileStylesheet } from "../lib/render/stylesheet";
import { BERLIN, EBPF, MEMORY, sites, siteUrl, type SiteName } from "./sites";

// Each page carries only the rules of the site's stylesheet that can match it
// (lib/export/css.ts). Whatever was cut must not have mattered: every element,
// its ::before and ::after included, computes the same style as with the whole
// stylesheet, at a phone's width in light and a desktop's in dark, after the
// page's own modules have run (so with JavaScript on only: without it, a page
// has less to style, never more).

/**
 * A page, and what to do on it before comparing: the states the modules put a
 * page in. What it does may name the part of the page to compare (a selector).
 */
const PAGES: [SiteName, string, ((page: Page) => Promise<string | void>)?][] = [
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
  // Results, with their marks, as the search module writes them.
  ["fixture", "/search/?q=ebpf", (page) => expect(page.locator("[data-search-results] mark").first()).toBeVisible()],
  ["fixture", "/propose/"],
  ["fixture", "/404.html"],
  ["hebrew", "/"],
  ["hebrew", `/meetups/${encodeURIComponent("2099-05-14-ערב-ebpf")}/`],
  ["hebrew", `/meetups/${encodeURIComponent("2025-01-15-ebpf-בפרודקשן")}/`],
  // The player, after its play button is pressed. The embed itself can't load here (no network) and
  // how far it got moves the page around it from one load to the next: the player alone is compared.
  [
    "hebrew",
    `/meetups/${encodeURIComponent("2025-01-15-ebpf-בפרודקשן")}/`,
    async (page) => {
      await page.locator("[data-video] button").first().click();
      await expect(page.locator("[data-video] iframe").first()).toBeAttached();
      return "[data-video]";
    },
  ],
  ["hebrew", "/search/?q=ebpf", (page) => expect(page.locator("[data-search-results] mark").first()).toBeVisible()],
  ["hebrew", "/code-of-conduct/"],
];

/** Every element's computed style (within `scope`, when given), and its ::before's and ::after's, as text. */
async function computedStyles(page: Page, scope?: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const root = scope ? document.querySelector(scope) : document.documentElement;
    if (!root) throw new Error(`nothing on the page matches ${scope}`);
    return [root, ...root.querySelectorAll("*")].map((element) => {
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
    });
  }, scope);
}

/** The whole stylesheet every page's <style> was cut from, compiled as the build compiles it. */
let wholeStylesheet: Promise<string> | undefined;

for (const [site, pathname, act] of PAGES) {
  const name = `${site} ${decodeURIComponent(pathname)}${act ? ", after using it" : ""}`;
  test(`@js ${name} computes the same style as with the whole stylesheet`, async ({ page }) => {
    const url = `${siteUrl(site)}${sites[site].basePath}${pathname}`;
    // The page with the whole stylesheet in place of its own cut of it.
    const served = await (await page.request.get(url)).text();
    const whole = await (wholeStylesheet ??= compileStylesheet());
    const uncut = served.replace(/(<style[^>]*>)[\s\S]*?(<\/style>)/g, (_, open, close) => open + whole + close);
    expect(uncut.length - served.length, "the whole stylesheet is longer than the page's own").toBeGreaterThan(1000);
    for (const [viewport, colorScheme] of [
      [{ width: 390, height: 844 }, "light"],
      [{ width: 1280, height: 900 }, "dark"],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.unrouteAll();
      await page.goto(url, { waitUntil: "networkidle" });
      const scope = (await act?.(page)) ?? undefined;
      const pruned = await computedStyles(page, scope);

      let replaced = 0;
      await page.route(
        (address) => address.href === url,
        async (route) => {
          replaced++;
          await route.fulfill({ response: await route.fetch(), body: uncut });
        },
      );
      await page.goto(url, { waitUntil: "networkidle" });
      expect(replaced, "the page was loaded with the whole stylesheet").toBe(1);
      await act?.(page);
      const reference = await computedStyles(page, scope);

      expect(pruned.length, `${colorScheme} at ${viewport.width} px`).toBe(reference.length);
      const differing = pruned.findIndex((style, i) => style !== reference[i]);
      if (differing >= 0) {
        // Name the element whose own rules changed, rather than the ancestors whose size followed.
        const geometry =
          /^(block-size|height|inline-size|width|perspective-origin|transform-origin|top|bottom|left|right|inset-(block|inline)-(start|end)):/;
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
