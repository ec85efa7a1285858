import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { EBPF, MEMORY, siteUrl, SUMMER } from "./sites";

// Every talk findable (issue 13): the talk archive, each talk's own address,
// and recordings that load nothing from their service until a visitor presses play.

const NYC = `${siteUrl("hebrew")}/kernel-nyc`;
const RECORDED = `${NYC}/meetups/${encodeURIComponent("2025-01-15-ebpf-בפרודקשן")}/`;
const FIRST_TALK = "eBPF בפרודקשן: מה למדנו בשנה הראשונה";
/**
 * Holds every request that leaves the site (the services' players, pages and
 * thumbnails: the machine is offline, and the point is not to reach them) and
 * answers it with a stand-in; returns the addresses asked for.
 */
async function blockServices(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await page.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      asked.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<title>Stand-in</title><p>The service</p>",
      });
    },
  );
  return asked;
}

const entries = (page: Page) => page.getByRole("main").locator("ol > li");

test("the talk archive lists every talk, newest first, with who, when, where, language, topics and material", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Talks" }).click();
  await expect(page).toHaveURL(/\/talks\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Talks");
  // Not the cancelled evening's two: they were never given.
  await expect(page.getByRole("main")).toContainText("13 talks from 8 meetups, newest first.");
  // The fixture's archive is small: one page has every year.
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["2099", "2017", "2016", "2015"]);
  await expect(entries(page).getByRole("heading", { level: 3 })).toHaveText([
    "EEVDF in practice",
    "מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ",
    "EEVDF explained",
    "io_uring from the ground up",
    "Zero-copy networking with io_uring",
    "Tracing the scheduler with eBPF",
    "XDP at line rate",
    "Btrfs snapshots in practice",
    "Opening talk on ftrace",
    "Q&A with the maintainers",
    "userfaultfd and post-copy migration of VMs and containers",
    "Linux interrupt handling",
    "The Linux kernel memory model",
  ]);
  const hebrew = entries(page).nth(1);
  await expect(hebrew).toContainText("In Hebrew");
  await expect(hebrew).toContainText("14 Jul 2099");
  await expect(hebrew).toContainText("Yossi Fixture at Summer Scheduling");
  // A meetup's topics aren't its talks': a talk isn't tagged with its neighbour's subject.
  await expect(hebrew.getByRole("list", { name: "Topics" })).toHaveCount(0);
  await expect(entries(page).nth(6)).toContainText("Dana Fixture and Yossi Fixture at eBPF Everywhere");

  const memory = entries(page).last();
  await expect(memory.getByRole("link", { name: "Slides for The Linux kernel memory model" })).toHaveAttribute(
    "href",
    "https://example.com/slides/lkmm.pdf",
  );
  await expect(memory.getByRole("link", { name: "Video of The Linux kernel memory model" })).toHaveAttribute(
    "href",
    "https://example.com/videos/lkmm",
  );
  await expect(memory.getByRole("link", { name: "Memory Models" })).toHaveAttribute("href", MEMORY);
  // A talk without material says nothing about it.
  await expect(
    entries(page)
      .nth(3)
      .getByRole("link", { name: /^(Slides|Video)/ }),
  ).toHaveCount(0);
});

test("filter by speaker: from the archive to every talk of one speaker, across the years", async ({ page }) => {
  await page.goto("/talks/");
  const filters = page.getByRole("navigation", { name: "Filter talks" });
  await filters.getByText("Speaker", { exact: true }).click();
  await expect(filters.getByRole("listitem").filter({ hasText: "Dana Fixture" })).toHaveText("Dana Fixture (6)");
  await filters.getByRole("link", { name: "Dana Fixture" }).click();
  await expect(page).toHaveURL(/\/speakers\/dana-fixture\/$/);
  await expect(page.getByRole("region", { name: /^Talks at/ }).getByRole("heading", { level: 3 })).toHaveText([
    "EEVDF explained",
    "Zero-copy networking with io_uring",
    "Tracing the scheduler with eBPF",
    "XDP at line rate",
    "Btrfs snapshots in practice",
    "The Linux kernel memory model",
  ]);
});

test("filter by year: a page per year, with the way to the years around it", async ({ page }) => {
  await page.goto("/talks/");
  await page.getByRole("navigation", { name: "Filter talks" }).getByRole("link", { name: "2016" }).click();
  await expect(page).toHaveURL(/\/talks\/2016\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Talks in 2016");
  await expect(page.getByRole("main")).toContainText("2 talks from 1 meetup, newest first.");
  await expect(entries(page).getByRole("heading", { level: 2 })).toHaveText([
    "userfaultfd and post-copy migration of VMs and containers",
    "Linux interrupt handling",
  ]);
  const filters = page.getByRole("navigation", { name: "Filter talks" });
  await expect(filters.getByRole("link", { name: "2016" })).toHaveAttribute("aria-current", "page");
  // /talks/ lists every year of this archive: its link says so.
  await expect(filters.getByRole("link").first()).toHaveText("All");
  const more = page.getByRole("navigation", { name: "More talks" });
  await expect(more.getByRole("link")).toHaveText(["← Talks in 2017", "Talks in 2015 →"]);
  await more.getByRole("link", { name: "Talks in 2015 →" }).click();
  await expect(entries(page).getByRole("heading", { level: 2 })).toHaveText(["The Linux kernel memory model"]);
  await expect(page.getByRole("navigation", { name: "More talks" }).getByRole("link")).toHaveText(["← Talks in 2016"]);
});

test("a talk's address leads to the talk on its meetup's page, and the page gives that address", async ({ page }) => {
  await page.goto("/talks/");
  await entries(page).getByRole("link", { name: "XDP at line rate" }).click();
  await expect(page).toHaveURL(`${EBPF}#talk-xdp-at-line-rate`);
  // The address is the talk's heading; its place in the schedule is the item around it.
  const talk = page.getByRole("listitem").filter({ has: page.locator("#talk-xdp-at-line-rate") });
  await expect(page.locator("#talk-xdp-at-line-rate")).toHaveText("XDP at line rate");
  await expect(talk).toBeInViewport();
  await expect(talk.getByRole("link", { name: "Link to this talk: XDP at line rate" })).toHaveAttribute(
    "href",
    "#talk-xdp-at-line-rate",
  );
  // A talk in Hebrew on the English site: its address keeps its letters.
  await page.goto(`${SUMMER}#${encodeURIComponent("talk-מתזמן-eevdf-מבפנים-איך-הליבה-בוחרת-מי-רץ")}`);
  await expect(page.locator(":target")).toHaveText("מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ");
});

test("@js press play: nothing loads from the video service until the visitor asks for the player", async ({ page }) => {
  const asked = await blockServices(page);
  await page.goto(RECORDED);
  const play = page.getByRole("button", { name: `ניגון ההקלטה של ${FIRST_TALK}` });
  await expect(play).toBeVisible();
  await expect(page.getByRole("button", { name: /^ניגון ההקלטה של/ })).toHaveCount(3);
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);

  await play.click();
  const player = page.locator(`iframe[title="ההקלטה של ${FIRST_TALK}"]`);
  await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&start=42");
  await expect(player).toBeFocused();
  await expect(play).toHaveCount(0);
  await expect.poll(() => asked).toEqual(["https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&start=42"]);
  // The other recordings still wait.
  await expect(page.getByRole("button", { name: /^ניגון ההקלטה של/ })).toHaveCount(2);

  await page.getByRole("button", { name: "ניגון ההקלטה של Real-time Linux, finally upstream" }).press("Enter");
  await expect(page.locator('iframe[title="ההקלטה של Real-time Linux, finally upstream"]')).toHaveAttribute(
    "src",
    "https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?autoplay=1",
  );
});

test("@no-js without JavaScript, each recording is a link to its video that works", async ({ page }) => {
  const asked = await blockServices(page);
  await page.goto(RECORDED);
  await expect(page.getByRole("button", { name: /^ניגון/ })).toHaveCount(0);
  await expect(page.locator("iframe")).toHaveCount(0);
  const talks = page.getByRole("region", { name: "לוח זמנים" });
  await expect(talks.getByRole("link", { name: /^וידאו: / })).toHaveCount(3);
  expect(asked).toEqual([]);
  await talks.getByRole("link", { name: `וידאו: ${FIRST_TALK}` }).click();
  await expect(page).toHaveURL("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=42s");
  await expect(page.getByText("The service")).toBeVisible();
});

test("slides on the site itself open under the base path", async ({ page, request }) => {
  await page.goto(RECORDED);
  const slides = page.getByRole("link", { name: `מצגת: ${FIRST_TALK}` });
  await expect(slides).toHaveAttribute("href", "/kernel-nyc/slides/2025-01-15/ebpf-in-production.pdf");
  const response = await request.get(`${siteUrl("hebrew")}/kernel-nyc/slides/2025-01-15/ebpf-in-production.pdf`);
  expect(response.ok()).toBe(true);
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("only a page with a recording to play carries the player's code", async ({ page }) => {
  const modules = (p: Page) =>
    p.locator('script[type="module"]').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? "").join("\n"));
  await page.goto(RECORDED);
  expect(await modules(page)).toMatch(/\/kernel-nyc\/assets\/video\.[0-9a-f]{8}\.js/);
  for (const path of [EBPF, MEMORY, "/talks/", "/"]) {
    await page.goto(path);
    expect(await modules(page)).not.toContain("video.");
  }
});

test("the Hebrew site's talks read in Hebrew, year by year", async ({ page }) => {
  await page.goto(`${NYC}/talks/2025/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("הרצאות ב־2025");
  await expect(page.getByRole("navigation", { name: "סינון הרצאות" }).getByRole("link").first()).toHaveText("הכול");
  await expect(page.getByRole("main")).toContainText("3 הרצאות ממפגש אחד, מהחדשה לישנה.");
  const english = entries(page).nth(2);
  await expect(english).toContainText("באנגלית");
  await english.getByRole("link", { name: "Real-time Linux, finally upstream", exact: true }).click();
  await expect(page).toHaveURL(`${RECORDED}#talk-real-time-linux-finally-upstream`);
  await expect(page.locator(":target")).toHaveText("Real-time Linux, finally upstream");
  await page.goBack();
  await expect(entries(page).getByRole("link", { name: /^וידאו: / })).toHaveCount(3);
  await expect(page.getByRole("navigation", { name: "עוד הרצאות" }).getByRole("link")).toHaveText(["→ הרצאות ב־2099"]);
});

for (const [name, url] of [
  ["the talk archive", "/talks/"],
  ["a year of talks", "/talks/2016/"],
  ["the Hebrew site's talk archive", `${NYC}/talks/`],
  ["the Hebrew meetup page with recordings", RECORDED],
] as const) {
  // Axe runs in the page, so JavaScript stays on; the page as it is without JavaScript is the page without its modules.
  // (e2e/a11y.spec.ts checks the talk archive with them.)
  for (const modules of url === "/talks/" ? (["without"] as const) : (["with", "without"] as const)) {
    test(`@js ${name} has no accessibility violations, light and dark, ${modules} its modules`, async ({ page }) => {
      await blockServices(page);
      if (modules === "without") await page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort());
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        if (modules === "with" && url === RECORDED)
          await expect(page.getByRole("button", { name: /^ניגון/ })).toHaveCount(3);
        expect(await axeViolations(page)).toEqual([]);
      }
    });
  }
}

test("a talk to be announced is a slot on its meetup's page, and in no list of talks nor in search", async ({
  page,
}) => {
  await page.goto("/meetups/2099-05-19-scheduler-online/");
  const schedule = page.getByRole("region", { name: "Schedule" }).getByRole("listitem");
  await expect(schedule.filter({ hasText: "To be announced" })).toContainText("19:45–20:30");
  for (const [list, listed] of [
    ["/talks/", "EEVDF explained"],
    ["/talks/2099/", "EEVDF explained"],
    ["/speakers/dana-fixture/", "EEVDF explained"],
    ["/topics/scheduling/", "Scheduler Night, Online"],
  ] as const) {
    await page.goto(list);
    await expect(page.getByRole("main")).toContainText(listed);
    await expect(page.getByRole("main")).not.toContainText("To be announced");
  }
});

test("@js search doesn't find a talk to be announced", async ({ page }) => {
  await page.goto("/search/?q=announced");
  await expect(page.getByRole("status")).toHaveText("No results for “announced”");
  await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem")).toHaveCount(0);
});
