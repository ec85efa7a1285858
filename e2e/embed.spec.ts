import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { EBPF, siteUrl, type SiteName } from "./sites";

// The "next meetup" card as another site shows it: the snippet from /embed/,
// pasted into a page on an origin of its own, at a phone's width.

// The other site: a server of its own, so another origin than the built sites'. On this
// machine, since Chromium keeps a page from a public address from framing a loopback one.
let partner: Server;
let partnerUrl = "";
const partnerPages = new Map<string, string>();

test.beforeAll(async () => {
  partner = createServer((req, res) => {
    const body = partnerPages.get(req.url ?? "");
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" }).end(body ?? "Not found");
  });
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
  partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => partner.close(resolve));
});
const NYC = `${siteUrl("hebrew")}/kernel-nyc`;

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/** The snippet as the site's /embed/ page gives it, pointed at the built site instead of the deployment's address. */
async function snippet(page: Page, site: SiteName, embedPage: string): Promise<string> {
  await page.goto(embedPage);
  const code = await page.locator("pre code").textContent();
  expect(code).toMatch(/^<iframe\n {2}src="https:\/\/[^"]+\/embed\/next\/"\n {2}title="[^"]+"\n/);
  return code!.replace(/src="https:\/\/[^/"]+/, `src="${siteUrl(site)}`);
}

/** Another site's page with the card in it, the way its author pasted it. */
async function partnerPage(page: Page, html: string, lang = "en"): Promise<void> {
  const path = `/${partnerPages.size}.html`;
  partnerPages.set(
    path,
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Friends of the group</title></head><body style="margin:16px"><main><h1>Our friends</h1>${html}</main></body></html>`,
  );
  await page.goto(`${partnerUrl}${path}`);
}

/** How much the framed card overflows its frame, sideways and downwards, in CSS pixels. */
const overflow = (page: Page) =>
  page
    .frameLocator("iframe")
    .locator("html")
    .evaluate((html) => ({
      sideways: html.scrollWidth - window.innerWidth,
      down: html.scrollHeight - window.innerHeight,
    }));

test("the card in another site's frame shows the next meetup: what, when in its zone, where, RSVP and details", async ({
  page,
}) => {
  await partnerPage(page, await snippet(page, "fixture", "/embed/"));
  const card = page.frameLocator('iframe[title="KernelTLV: the next meetup"]').getByRole("main");
  await expect(card.getByRole("heading", { level: 1 })).toHaveText("eBPF Everywhere");
  await expect(card).toContainText("Next meetup");
  await expect(card).toContainText("Tuesday, 10 March 2099");
  await expect(card).toContainText("19:00–21:15 Israel time");
  await expect(card).toContainText("Fixture Hall");
  await expect(card.getByRole("link", { name: "RSVP on Meetup.com" })).toHaveAttribute("target", "_top");
  await expect(card.getByRole("link", { name: "Schedule and details" })).toHaveAttribute("target", "_top");
  // The card fits its frame at a phone's width: nothing to scroll inside a box in someone else's page.
  const { sideways, down } = await overflow(page);
  expect(sideways).toBeLessThanOrEqual(0);
  expect(down).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("the meetup's link opens its page in the whole window, not in the frame", async ({ page }) => {
  await partnerPage(page, await snippet(page, "fixture", "/embed/"));
  await page.frameLocator("iframe").getByRole("link", { name: "eBPF Everywhere" }).click();
  await expect(page).toHaveURL(`${siteUrl("fixture")}${EBPF}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("eBPF Everywhere");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`in the ${colorScheme} scheme the framed card has that scheme's colours`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await partnerPage(page, await snippet(page, "fixture", "/embed/"));
    const card = page.frameLocator("iframe").getByRole("main");
    await expect(card.getByRole("heading", { level: 1 })).toBeVisible();
    const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
    // The site's surface colour of that scheme (app/globals.css).
    expect(background).toBe(colorScheme === "dark" ? "rgb(24, 28, 34)" : "rgb(255, 255, 255)");
  });

  // axe runs as a script in each frame: with JavaScript on only, as in e2e/a11y.spec.ts.
  for (const [site, embedPage, lang] of [
    ["fixture", "/embed/", "en"],
    ["hebrew", `${NYC}/embed/`, "he"],
  ] as const) {
    test(`@js in the ${colorScheme} scheme the ${site} site's card in another site's frame has no accessibility violations`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await partnerPage(page, await snippet(page, site, embedPage), lang);
      await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`@js in the ${colorScheme} scheme the embed page has no accessibility violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/embed/");
    await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("on a Hebrew site the card reads right to left, in Hebrew, in the group's zone", async ({ page }) => {
  await partnerPage(page, await snippet(page, "hebrew", `${NYC}/embed/`), "he");
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("html")).toHaveAttribute("lang", "he");
  await expect(frame.locator("html")).toHaveAttribute("dir", "rtl");
  const card = frame.getByRole("main");
  await expect(card).toContainText("המפגש הבא");
  const title = card.getByRole("heading", { level: 1 });
  await expect(title).toHaveText("Hack night: the night the clocks go forward");
  // On the card's side, as on the home page, though the English title reads left to right.
  expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  await expect(title.getByRole("link")).toHaveAttribute("dir", "ltr");
  await expect(card).toContainText("20:00–03:30 (למחרת) שעון ניו יורק");
  expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  await expect(card.getByRole("link", { name: "לוח זמנים ופרטים" })).toHaveAttribute(
    "href",
    "/kernel-nyc/meetups/2099-03-07-hack-night/",
  );
  const { sideways, down } = await overflow(page);
  expect(sideways).toBeLessThanOrEqual(0);
  expect(down).toBeLessThanOrEqual(0);
});

test("the embed page shows the snippet, the card itself and the data files, and every page's footer leads to it", async ({
  page,
}) => {
  await page.goto("/embed/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The next meetup on your site");
  const preview = page.frameLocator('iframe[title="KernelTLV: the next meetup"]');
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("eBPF Everywhere");
  await expect(page.getByRole("link", { name: "Every meetup, upcoming first" })).toHaveAttribute(
    "href",
    "/meetups.json",
  );
  // The snippet and the addresses fit a phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.goto("/");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Data and embed" })).toHaveAttribute(
    "href",
    "/embed/",
  );
});

test("@js as meetups end, the card moves on to the next one, then to the last one with a word that nothing is scheduled", async ({
  page,
}) => {
  // The evening the cancelled meetup would have been: the card is eBPF Everywhere's, on 10 March.
  await page.clock.setFixedTime(new Date("2099-02-17T19:30:00+02:00"));
  await page.goto("/embed/next/");
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText("eBPF Everywhere");

  // eBPF Everywhere ends at 21:15 on 10 March 2099; io_uring Deep Dive has moved to 21 April.
  await page.clock.setFixedTime(new Date("2099-03-10T21:20:00+02:00"));
  await page.reload();
  await expect(title).toHaveText("io_uring Deep Dive New date");
  await expect(page.getByText("Nothing is scheduled yet.", { exact: false })).toBeHidden();
  // It has no RSVP link of its own: the card offers the group's page.
  await expect(page.getByRole("link", { name: "RSVP on the group's Meetup.com page" })).toHaveAttribute(
    "target",
    "_top",
  );

  // After the last meetup of the build (Berlin, 20 October 2099).
  await page.clock.setFixedTime(new Date("2099-10-21T12:00:00+02:00"));
  await page.reload();
  await expect(page.getByText("Nothing is scheduled yet. The last meetup:")).toBeVisible();
  await expect(title).toHaveText("Guest Night in Berlin");
  await expect(page.getByText("Past meetup", { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(page.getByRole("link", { name: /^RSVP/ })).toHaveCount(0);
});

test("@no-js without a script the card is as built: the next meetup, and nothing else shown", async ({ page }) => {
  await page.goto("/embed/next/");
  await expect(page.locator("article").filter({ visible: true })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("eBPF Everywhere");
  await expect(page.getByText("Nothing is scheduled yet.", { exact: false })).toBeHidden();
});

test("on a phone, the snippet reads an attribute a line and scrolls sideways in its box, by keyboard too", async ({
  page,
}) => {
  await page.goto("/embed/");
  const lines = (await page.locator("pre code").textContent())!.split("\n").length;
  const pre = page.locator("pre");
  const box = await pre.evaluate((el) => {
    const style = getComputedStyle(el);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    return {
      rows: (el.clientHeight - padding) / parseFloat(style.lineHeight),
      hidden: el.scrollWidth - el.clientWidth,
    };
  });
  expect(Math.round(box.rows)).toBe(lines);
  expect(box.hidden).toBeGreaterThan(0);
  await pre.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
