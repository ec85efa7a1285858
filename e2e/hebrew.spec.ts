import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { axeViolations } from "./axe";
import { crawl } from "./crawl";
import { siteDir, siteUrl, SUMMER } from "./sites";

// Another group's site (test/fixtures/hebrew): a Hebrew interface, right to left,
// New York's time zone, under a base path; and Hebrew text on the KernelTLV site.

const NYC = `${siteUrl("hebrew")}/kernel-nyc`;
const EVENING = `${NYC}/meetups/${encodeURIComponent("2099-05-14-ערב-ebpf")}/`;
const HACK_NIGHT = `${NYC}/meetups/2099-03-07-hack-night/`;

/** The direction a piece of text reads in, as the browser lays it out. */
const direction = (page: Page, text: string) =>
  page
    .getByText(text, { exact: true })
    .first()
    .evaluate((el) => getComputedStyle(el).direction);

test("the site carries the group's own icon and files, none of the project's public/ but the host's headers", async ({
  page,
  request,
}) => {
  const own = fs.readFileSync("test/fixtures/hebrew/public/icon.svg", "utf8");
  expect(await (await request.get(`${NYC}/icon.svg`)).text()).toBe(own);
  await page.goto(`${NYC}/`);
  const inPage = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(decodeURIComponent(inPage!.replace(/^data:image\/svg\+xml,/, ""))).toBe(own);
  const files = fs.readdirSync(siteDir("hebrew"), { recursive: true }).map(String);
  for (const file of fs.readdirSync("public", { recursive: true }).map(String)) {
    if (!fs.existsSync(`test/fixtures/hebrew/public/${file}`) && file !== "_headers") expect(files).not.toContain(file);
  }
  expect(files).toContain("_headers");
});

test("the interface is Hebrew and right to left, with the group's own name, zone and RSVP service", async ({
  page,
}) => {
  await page.goto(`${NYC}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "he");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("מפגש לינוקס דובר עברית בניו יורק");
  const lead = page.getByRole("article").filter({ hasText: "המפגש הבא" });
  await expect(lead.getByRole("heading", { level: 2 })).toHaveText("Hack night: the night the clocks go forward");
  await expect(lead).toContainText("באנגלית");
  await expect(lead).toContainText("יום שבת, 7 במרץ 2099");
  await expect(lead).toContainText("20:00–03:30 (למחרת) שעון ניו יורק");
  await expect(page.getByRole("region", { name: "מפגשים נוספים בקרוב" })).toContainText(
    "ערב eBPF: מהקרנל ועד הפרודקשן",
  );
  await page.goto(EVENING);
  await expect(page.getByRole("link", { name: "הרשמה ב־Luma" })).toHaveAttribute(
    "href",
    "https://lu.ma/kernel-nyc-2099-05",
  );
  // The group's own name, without KernelTLV's ">_": its settings have no mark.
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveText(/^קרנל ניו יורק/);
  await expect(page.getByRole("navigation", { name: "ראשי" }).getByRole("link")).toHaveText([
    "מפגשים",
    "הרצאות",
    "מרצים",
  ]);
});

test("the next meetup without an RSVP link of its own offers the group's page on its RSVP service, in Hebrew", async ({
  page,
}) => {
  const groupRsvp = "הרשמה בעמוד הקבוצה ב־Luma";
  await page.goto(`${NYC}/`);
  const lead = page.getByRole("article").filter({ hasText: "המפגש הבא" });
  await expect(lead.getByRole("link", { name: groupRsvp })).toHaveAttribute("href", "https://lu.ma/kernel-nyc-example");
  await page.goto(HACK_NIGHT);
  await expect(page.getByRole("link", { name: groupRsvp })).toBeVisible();
  await page.goto(`${NYC}/embed/next/`);
  await expect(page.getByRole("link", { name: groupRsvp })).toHaveAttribute("target", "_top");
  // Neither a cancelled meetup nor a past one invites anyone.
  for (const slug of ["2099-02-26-ערב-רשתות", "2025-01-15-ebpf-בפרודקשן"]) {
    await page.goto(`${NYC}/meetups/${encodeURIComponent(slug)}/`);
    await expect(page.getByRole("link", { name: /^הרשמה/ })).toHaveCount(0);
  }
});

test("each talk reads in its own direction and says when it isn't in Hebrew", async ({ page }) => {
  await page.goto(EVENING);
  const slots = page.getByRole("region", { name: "לוח זמנים" }).locator("ol > li");
  const hebrew = slots.nth(1);
  const english = slots.nth(3);
  await expect(hebrew.getByRole("heading", { level: 3 })).toHaveText("XDP מאפס: מנות ברשת לפני שהליבה רואה אותן");
  await expect(hebrew).not.toContainText("באנגלית");
  await expect(english.getByRole("heading", { level: 3 })).toHaveAttribute("lang", "en");
  await expect(english).toContainText("באנגלית");
  expect(await direction(page, "XDP מאפס: מנות ברשת לפני שהליבה רואה אותן")).toBe("rtl");
  expect(await direction(page, "sched_ext in practice: scheduling policies as eBPF programs")).toBe("ltr");
});

test("a meetup across New York's spring change keeps its hours on both sides of it", async ({ page }) => {
  await page.goto(HACK_NIGHT);
  const when = page.locator("dd").first();
  await expect(when).toContainText("יום שבת, 7 במרץ 2099");
  await expect(when).toContainText("20:00–03:30 (למחרת) שעון ניו יורק");
  await expect(when.locator("time").nth(1)).toHaveAttribute("datetime", "2099-03-07T20:00:00-05:00");
  await expect(when.locator("time").nth(2)).toHaveAttribute("datetime", "2099-03-08T03:30:00-04:00");
});

test("@js a visitor in Israel sees the New York meetup in their own time too", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Jerusalem" });
  const page = await context.newPage();
  await page.goto(EVENING);
  // 18:30 in New York on 14 May 2099 is 01:30 on Friday in Israel; the hours keep their order in a Hebrew sentence.
  await expect(page.locator("[data-local]").first()).toHaveText(/^יום ו׳ ?\u206601:30–04:00\u2069 לפי השעון שלך$/);
  await context.close();
});

test("the site under its base path has no broken link, image or preview, and nothing leads outside it", async ({
  request,
}) => {
  const { broken, seen } = await crawl(request, siteUrl("hebrew"), "/kernel-nyc/");
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(10);
});

test("the propose-a-talk page carries the group's own words, and edits go to its repository and branch", async ({
  page,
}) => {
  await page.goto(`${NYC}/propose/`);
  await expect(page.getByRole("region", { name: "מה אנחנו מחפשים" })).toContainText("סיפורי מלחמה");
  await page.goto(EVENING);
  await expect(page.getByRole("link", { name: "עריכת העמוד" })).toHaveAttribute(
    "href",
    "https://github.com/example/kernel-nyc/edit/trunk/test/fixtures/hebrew/content/meetups/2099/2099-05-14-ערב-ebpf.md",
  );
});

// One test per page and scheme: axe's run of a whole page is the slow part, on a busy machine too.
const MEMORY_EVENING = `/meetups/${encodeURIComponent("2099-04-09-ערב-זיכרון")}/`;
for (const path of ["/", EVENING.slice(NYC.length), MEMORY_EVENING, "/speakers/noa-levi/"]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`@js ${decodeURIComponent(path)} of the Hebrew site has no accessibility violations and fits a phone (${colorScheme})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${NYC}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await context.close();
    });
  }
}

test("on the English site, a talk in Hebrew reads right to left and says it is in Hebrew", async ({ page }) => {
  await page.goto(SUMMER);
  const talk = page.getByRole("region", { name: "Schedule" }).locator("ol > li").nth(2);
  await expect(talk).toContainText("In Hebrew");
  await expect(talk.getByRole("heading", { level: 3 })).toHaveAttribute("lang", "he");
  expect(await direction(page, "מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ")).toBe("rtl");
});

/** The left and right edges of each line a piece of text is laid out in. */
const lines = (page: Page, text: string) =>
  page
    .getByText(text, { exact: true })
    .first()
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      // One rectangle per run of text: merge those on the same line.
      const byLine = new Map<number, { left: number; right: number; top: number; bottom: number }>();
      for (const r of rects) {
        const key = Math.round(r.top);
        const line = byLine.get(key) ?? { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        byLine.set(key, { ...line, left: Math.min(line.left, r.left), right: Math.max(line.right, r.right) });
      }
      return [...byLine.values()];
    });

test("a title sits on the page's side and reads in its own direction, whatever the page's direction", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const direction = (text: string) =>
    page
      .getByText(text, { exact: true })
      .first()
      .evaluate((el) => getComputedStyle(el).direction);
  // A Hebrew talk on the English site: its lines start at the left, as the page's do; the text reads right to left.
  await page.goto("/talks/");
  const hebrew = await lines(page, "מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ");
  expect(hebrew.length).toBeGreaterThan(1);
  for (const line of hebrew) expect(Math.abs(line.left - hebrew[0]!.left)).toBeLessThan(1);
  expect(await direction("מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ")).toBe("rtl");
  // The same talk in its meetup's schedule, its # right after its last word.
  await page.goto(SUMMER);
  const inSchedule = await lines(page, "מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ");
  expect(inSchedule.length).toBeGreaterThan(1);
  for (const line of inSchedule) expect(Math.abs(line.left - inSchedule[0]!.left)).toBeLessThan(1);
  // An English talk on the Hebrew site: its lines end at the right, with the card's label and speakers.
  await page.goto(`${NYC}/talks/`);
  const english = await lines(page, "sched_ext in practice: scheduling policies as eBPF programs");
  expect(english.length).toBeGreaterThan(1);
  for (const line of english) expect(Math.abs(line.right - english[0]!.right)).toBeLessThan(1);
  expect(await direction("sched_ext in practice: scheduling policies as eBPF programs")).toBe("ltr");
});

test("on a phone, a talk's # stays on the line of its title's last word", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [url, title] of [
    [EVENING, "sched_ext in practice: scheduling policies as eBPF programs"],
    [SUMMER, "מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ"],
  ] as const) {
    await page.goto(url);
    const titleLines = await lines(page, title);
    const hash = await page
      .getByRole("heading", { name: title })
      .locator("xpath=following-sibling::a[1]")
      .boundingBox();
    const last = titleLines.at(-1)!;
    expect(Math.abs(hash!.y + hash!.height / 2 - (last.top + last.bottom) / 2), url).toBeLessThan(8);
  }
});

test("the map links wrap as whole links, with no separator left at a line's start", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(EVENING);
  const maps = page.getByRole("list").filter({ has: page.getByRole("link", { name: /OpenStreetMap/ }) });
  await expect(maps.getByRole("listitem")).toHaveCount(3);
  await expect(maps).not.toContainText("·");
});

test("Hebrew labels are not letter-spaced, and the edit link shows no file path", async ({ page }) => {
  await page.goto(EVENING);
  const eyebrow = page.getByText("מפגש קרוב", { exact: true }).first();
  expect(await eyebrow.evaluate((el) => getComputedStyle(el.closest("p")!).letterSpacing)).toBe("normal");
  const footer = page.getByRole("link", { name: "עריכת העמוד" }).locator("xpath=..");
  await expect(footer).not.toContainText(".md");
});

test("the calendar of every meetup is named in the site's language", async ({ request }) => {
  const calendar = new ICAL.Component(ICAL.parse(await (await request.get(`${NYC}/calendar.ics`)).text()));
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("המפגשים של קרנל ניו יורק");
});

test("on the Hebrew site, a speaker who writes in English has their role and bio marked English, on every page", async ({
  page,
}) => {
  const languageOf = (text: string) =>
    page
      .getByText(text)
      .first()
      .evaluate((el) => el.closest("[lang]")!.getAttribute("lang"));
  await page.goto(`${NYC}/speakers/sam-rivera/`);
  expect(await languageOf("Sam works on the CPU scheduler")).toBe("en");
  expect(await languageOf("Scheduler maintainer, Example Labs")).toBe("en");
  await page.goto(`${NYC}/speakers/`);
  expect(await languageOf("Scheduler maintainer, Example Labs")).toBe("en");
  // A speaker who says nothing writes in the site's language.
  expect(await languageOf("מפתח מערכות קבצים")).toBe("he");
  await page.goto(`${NYC}/speakers/david-cohen/`);
  expect(await languageOf("דוד כותב קוד ל-btrfs")).toBe("he");
});
