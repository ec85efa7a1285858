import { expect, test, type Page } from "@playwright/test";
import { EBPF } from "./sites";

// eBPF Everywhere: Tuesday 10 March 2099, 19:00-21:15 in Tel Aviv (+02:00), with slides.

/** Fails the test on any hydration mismatch or script error. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}

// A visitor in Tel Aviv, unless a test says where else.
test.use({ timezoneId: "Asia/Jerusalem" });

const status = (page: Page) => page.locator("main header[data-live] > p").first();

/** The status line as a visitor reads it: visible text only, in the label's capitals. */
const expectStatus = (page: Page, text: string) =>
  expect(status(page)).toHaveText(text.toUpperCase(), { useInnerText: true });

test("@js the same built page is upcoming, then live, then past as the clock moves", async ({ page }) => {
  const errors = watchErrors(page);
  await page.clock.install({ time: new Date("2099-03-10T18:58:00+02:00") });
  await page.goto(EBPF);
  await expectStatus(page, "Upcoming meetup · today at 19:00");
  await expect(page.getByRole("link", { name: "RSVP on Meetup.com" })).toBeVisible();
  const talkCalendars = page.getByRole("link", { name: /^Calendar entry for / });
  await expect(talkCalendars.first()).toBeVisible();

  await page.clock.fastForward("05:00");
  await expectStatus(page, "Happening now");
  await expect(page.getByRole("link", { name: "RSVP on Meetup.com" })).toBeVisible();

  await page.clock.fastForward("02:20:00");
  await expectStatus(page, "Past meetup");
  await expect(page.getByRole("link", { name: "RSVP on Meetup.com" })).toBeHidden();
  // A talk that is over is no appointment to keep (a role query finds no hidden link).
  await expect(talkCalendars).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Slides and videos" })).toHaveAttribute("href", "#schedule");
  expect(errors).toEqual([]);
});

test("@js the page is on screen before its live-time module is asked for", async ({ page }) => {
  await page.goto(EBPF);
  // The browser's own times: when the first text was painted, and when the module's fetch began.
  const times = await page.waitForFunction(() => {
    const painted = performance.getEntriesByName("first-contentful-paint")[0];
    const live = performance.getEntriesByType("resource").find((r) => /\/assets\/live\.[0-9a-f]{8}\.js$/.test(r.name));
    return painted && live && { painted: painted.startTime, fetched: live.startTime };
  });
  const { painted, fetched } = (await times.jsonValue()) as { painted: number; fetched: number };
  expect(fetched).toBeGreaterThanOrEqual(painted);
});

test("@js relative time is counted in the meetup's days", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2099-03-09T12:00:00+02:00"));
  await page.goto(EBPF);
  await expectStatus(page, "Upcoming meetup · tomorrow at 19:00");
  await page.clock.setFixedTime(new Date("2099-03-07T12:00:00+02:00"));
  await page.reload();
  await expectStatus(page, "Upcoming meetup · in 3 days");
});

test("@js a page opened after the meetup, built before it, says it is past", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2099-03-11T10:00:00+02:00"));
  await page.goto(EBPF);
  await expectStatus(page, "Past meetup");
  await expect(page.getByRole("link", { name: "RSVP on Meetup.com" })).toBeHidden();
  await expect(page.getByRole("link", { name: /^Calendar entry for / })).toHaveCount(0);
});

test("@js the home page moves on to the next meetup once one has ended", async ({ page }) => {
  const errors = watchErrors(page);
  await page.clock.setFixedTime(new Date("2099-03-11T10:00:00+02:00"));
  await page.goto("/");
  const lead = page.locator("article:visible").filter({ hasText: "Next meetup" });
  await expect(lead.getByRole("heading", { level: 2 })).toHaveText("io_uring Deep Dive");
  await expect(page.getByRole("region", { name: "Also coming up" }).locator("h3:visible")).toHaveText([
    "Scheduler Night, Online Moved online",
    "Summer Scheduling",
    "Guest Night in Berlin",
  ]);
  await expect(page.getByRole("region", { name: "Recent meetups" }).locator("h3:visible")).toHaveText([
    "eBPF Everywhere",
    "A Post Without a Schedule",
    "Tracing in Winter",
  ]);
  // And the next page, opened from this one, is set right too.
  await page.getByRole("link", { name: "eBPF Everywhere" }).click();
  await expect(page).toHaveURL(EBPF);
  await expectStatus(page, "Past meetup");
  expect(errors).toEqual([]);
});

test("@js after the last meetup, the home page says nothing is scheduled", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2100-01-01T10:00:00+02:00"));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "The next meetup isn't scheduled yet" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Also coming up" })).toBeHidden();
});

test("@js a visitor in London late on Monday reads Tuesday's meetup as tomorrow, at their own hour", async ({
  browser,
}) => {
  const context = await browser.newContext({ timezoneId: "Europe/London" });
  const page = await context.newPage();
  // 23:30 in London: already Tuesday, the meetup's day, in Tel Aviv.
  await page.clock.setFixedTime(new Date("2099-03-09T23:30:00Z"));
  await page.goto(EBPF);
  await expectStatus(page, "Upcoming meetup · tomorrow");
  await expect(page.locator("dd").first().locator("[data-local]")).toHaveText("17:00–19:15 your time");
  await context.close();
});

for (const [timezoneId, local] of [
  ["America/New_York", "13:00–15:15 your time"],
  ["Asia/Tokyo", "Wed 02:00–04:15 your time"],
  ["Asia/Kolkata", "22:30–00:45 (next day) your time"],
  ["Asia/Jerusalem", ""],
] as const) {
  test(`@js a visitor in ${timezoneId} sees Israel time first${local ? " and their own" : ""}`, async ({ browser }) => {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(EBPF);
    const when = page.locator("dd").first();
    await expect(when).toContainText("Tuesday, 10 March 2099 · 19:00–21:15 Israel time");
    await expect(when.locator("[data-local]")).toHaveText(local);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test.describe("without JavaScript", () => {
  test("@no-js the page is complete as of its build", async ({ page }) => {
    await page.goto(EBPF);
    await expectStatus(page, "Upcoming meetup");
    await expect(page.getByRole("link", { name: "RSVP on Meetup.com" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Schedule" }).locator("ol > li")).toHaveCount(4);
  });
});
