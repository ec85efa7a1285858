import { expect, test, type Locator, type Page } from "@playwright/test";
import { ALSO_COMING_UP, CALLED_OFF, EBPF, MEETUPS_2099, siteUrl } from "./sites";

// When plans change (issue 24): the fixture's cancelled, postponed, rescheduled and moved-online
// meetups, on every page they appear on, before, during and after the dates they had and have.
// All in Tel Aviv: +02:00 in February and March, +03:00 from April.

/** Kernel Hacking Night, cancelled: it would have been 17 February 2099, 19:00-21:00. */
const CANCELLED = "/meetups/2099-02-17-strike-night/";
/** Filesystems Evening, postponed: it was planned for 24 February 2099, 19:00. */
const POSTPONED = "/meetups/2099-02-24-filesystems-evening/";
/** io_uring Deep Dive: moved from 7 April 2099 to 21 April, 19:00-20:45; its address keeps the old day. */
const RESCHEDULED = "/meetups/2099-04-07-io-uring-deep-dive/";
/** Scheduler Night, Online: 19 May 2099, 19:00-20:30 (a talk still to be announced at 19:45), online instead of at the hall. */
const ONLINE = "/meetups/2099-05-19-scheduler-online/";

/** The box above a meetup's title that says what changed. */
const statusBox = (page: Page) =>
  page.locator("main header").getByText(/^(Cancelled|Postponed|New date|Moved online)$/);
/** The line of the meetup's phase ("Upcoming meetup · in 2 weeks"), as a visitor reads it. */
const phaseLine = (page: Page) => page.locator("main header[data-live] > p").first();

/** What a visitor sees of what `locator` finds. */
const shown = (locator: Locator) => locator.filter({ visible: true });

/** Whether `first` comes before `second` in the page. */
async function comesBefore(first: Locator, second: Locator): Promise<boolean> {
  const other = await second.elementHandle();
  return first.evaluate((a, b) => !!(a.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

async function expectNoInvitation(page: Page) {
  await expect(page.getByRole("link", { name: /^RSVP/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Add to calendar" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Google Calendar" })).toBeHidden();
  await expect(page.getByRole("link", { name: /^Calendar entry for/ })).toHaveCount(0);
  await expect(shown(page.getByText(/Happening now|Upcoming meetup|Past meetup/))).toHaveCount(0);
}

test.describe("a cancelled meetup's page", () => {
  test("says so above its title, with the note, and invites no one", async ({ page }) => {
    await page.goto(CANCELLED);
    const status = statusBox(page);
    await expect(status).toBeVisible();
    await expect(status).toHaveText("Cancelled");
    const title = page.getByRole("heading", { level: 1 });
    expect(await comesBefore(status, title)).toBe(true);
    await expect(page.locator("main header")).toContainText("A general strike closes the city that day.");
    await expect(page.locator("main header strong").filter({ hasText: "March" })).toBeVisible();
    // Whoever comes by its headings, a tab or a shared link hears it too.
    await expect(title).toHaveAccessibleName("Cancelled: Kernel Hacking Night");
    await expect(page).toHaveTitle(/^Cancelled: Kernel Hacking Night/);
    await expectNoInvitation(page);
    // The event's own page and the calendar file (which says cancelled) stay within reach.
    await expect(page.getByRole("link", { name: "The event on Meetup.com" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Calendar file (.ics)" })).toHaveAttribute("href", /calendar\.ics$/);
    // The talks it would have had, as planned.
    await expect(page.getByRole("region", { name: "Schedule" }).getByRole("heading", { level: 3 })).toHaveText([
      "Writing your first kernel module",
      "Reading an oops",
    ]);
  });

  for (const [moment, when] of [
    ["2099-02-14T12:00:00+02:00", "three days before"],
    ["2099-02-17T19:30:00+02:00", "at the hour it had"],
    ["2099-02-18T12:00:00+02:00", "the day after"],
  ] as const) {
    test(`@js is never upcoming, happening or past: ${when}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(moment));
      await page.goto(CANCELLED);
      await expect(page.locator("main header[data-live]")).toHaveAttribute("data-phase", "off");
      await expect(statusBox(page)).toBeVisible();
      await expect(page.getByText(/in 3 days|today at|tomorrow at/)).toHaveCount(0);
      await expectNoInvitation(page);
    });
  }
});

test.describe("a postponed meetup's page", () => {
  test("gives the date it had as the date it had, and its talks without hours", async ({ page }) => {
    await page.goto(POSTPONED);
    await expect(statusBox(page)).toHaveText("Postponed");
    await expect(page.locator("main header")).toContainText(
      "Postponed · Was planned for Tuesday, 24 February 2099; the new date isn't set yet",
    );
    await expect(page.locator("main header")).toContainText("Our speaker is ill.");
    const when = page.locator("dd").first();
    await expect(when).toContainText("New date to be announced");
    // The day it had, struck out: no longer so.
    await expect(when.locator("s time")).toHaveAttribute("datetime", "2099-02-24T19:00:00+02:00");
    const schedule = page.getByRole("region", { name: "Schedule" });
    await expect(schedule.getByRole("heading", { level: 3 })).toHaveText("Btrfs snapshots in practice");
    await expect(schedule.locator("time")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAccessibleName("Postponed: Filesystems Evening");
    await expectNoInvitation(page);
  });

  test("@js is not happening at the hour it had", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2099-02-24T19:30:00+02:00"));
    await page.goto(POSTPONED);
    await expect(page.locator("main header[data-live]")).toHaveAttribute("data-phase", "off");
    await expectNoInvitation(page);
  });
});

test.describe("a rescheduled meetup's page", () => {
  test("gives the new date, and the old one as the date it moved from", async ({ page }) => {
    await page.goto(RESCHEDULED);
    await expect(statusBox(page)).toHaveText("New date");
    await expect(page.locator("main header")).toContainText("New date · Moved from Tuesday, 7 April 2099");
    await expect(page.locator("main header")).toContainText("The venue needs the hall on the 7th");
    await expect(page.locator("dd").first()).toContainText("Tuesday, 21 April 2099 · 19:00–20:45 Israel time");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAccessibleName("io_uring Deep Dive");
    await expect(page.getByRole("region", { name: "Add to calendar" })).toBeVisible();
  });

  test("@js is upcoming at its old date, happening at its new one, then past", async ({ page }) => {
    await page.clock.install({ time: new Date("2099-04-07T19:30:00+03:00") });
    await page.goto(RESCHEDULED);
    await expect(phaseLine(page)).toHaveText("Upcoming meetup · in 2 weeks".toUpperCase(), { useInnerText: true });
    await expect(page.getByRole("region", { name: "Add to calendar" })).toBeVisible();

    await page.clock.setFixedTime(new Date("2099-04-21T19:30:00+03:00"));
    await page.reload();
    await expect(phaseLine(page)).toHaveText("Happening now".toUpperCase(), { useInnerText: true });
    await expect(statusBox(page)).toBeVisible();

    await page.clock.setFixedTime(new Date("2099-04-21T21:00:00+03:00"));
    await page.reload();
    await expect(phaseLine(page)).toHaveText("Past meetup".toUpperCase(), { useInnerText: true });
    await expect(page.getByRole("region", { name: "Add to calendar" })).toBeHidden();
  });
});

test.describe("a meetup moved online", () => {
  test("is online, with its link, and no longer at the venue", async ({ page }) => {
    await page.goto(ONLINE);
    await expect(statusBox(page)).toHaveText("Moved online");
    const where = page.locator("dd").nth(1);
    await expect(where).toContainText("Online");
    await expect(where.getByRole("link", { name: "Join online on meet.example.org" })).toHaveAttribute(
      "href",
      "https://meet.example.org/kerneltlv-scheduler",
    );
    // Shown nowhere (what search engines read of the page is their own matter: its structured data).
    expect(await page.locator("main").innerText()).not.toContain("Fixture Hall");
    await expect(page.getByRole("region", { name: "Getting there" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /on OpenStreetMap$/ })).toHaveCount(0);
  });

  test("@js offers to join while it is on", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2099-05-19T19:10:00+03:00"));
    await page.goto(ONLINE);
    await expect(phaseLine(page)).toHaveText("Happening now".toUpperCase(), { useInnerText: true });
    await expect(page.getByRole("link", { name: "Join online now" })).toBeVisible();
  });
});

test.describe("the home page", () => {
  const lead = (page: Page) => page.locator("article:visible").filter({ hasText: "Next meetup" });
  const later = (page: Page) => page.getByRole("region", { name: "Also coming up" }).locator("h3:visible");
  const recent = (page: Page) => page.getByRole("region", { name: "Recent meetups" }).locator("h3:visible");
  const offRegion = (page: Page) => page.getByRole("region", { name: "Cancelled or postponed" });
  const off = (page: Page) => offRegion(page).locator("h3:visible");

  test("leads with the next meetup that will happen, and lists the ones called off apart, marked, after those coming", async ({
    page,
  }) => {
    // As built (today, long before 2099): everything is ahead, the cancelled and the postponed meetups first.
    await page.goto("/");
    await expect(lead(page).getByRole("heading", { level: 2 })).toHaveText("eBPF Everywhere");
    await expect(later(page)).toHaveText(ALSO_COMING_UP);
    await expect(off(page)).toHaveText(CALLED_OFF);
    await expect(offRegion(page)).toContainText("17 Feb 2099");
    // Below the meetups coming, so that no one takes the first one called off for the next meetup.
    expect(await comesBefore(page.getByRole("region", { name: "Also coming up" }), offRegion(page))).toBe(true);
  });

  test("@js keeps the cancelled and the postponed meetups out of the lead, and lets them go once their dates pass", async ({
    page,
  }) => {
    await page.clock.install({ time: new Date("2099-02-17T19:30:00+02:00") });
    await page.goto("/");
    await expect(lead(page).getByRole("heading", { level: 2 })).toHaveText("eBPF Everywhere");
    await expect(lead(page)).toContainText("Next meetup · in 3 weeks".toUpperCase(), { useInnerText: true });
    await expect(later(page).first()).toHaveText("io_uring Deep Dive New date");
    await expect(off(page)).toHaveText(CALLED_OFF);
    await expect(shown(page.getByText("Happening now"))).toHaveCount(0);

    await page.clock.setFixedTime(new Date("2099-03-01T12:00:00+02:00"));
    await page.reload();
    await expect(later(page)).toHaveText([
      "io_uring Deep Dive New date",
      "Scheduler Night, Online Moved online",
      "Summer Scheduling",
      "Guest Night in Berlin",
    ]);
    await expect(offRegion(page)).toBeHidden();
    await expect(recent(page)).not.toContainText(["Kernel Hacking Night"]);
    await expect(shown(page.getByText(/Kernel Hacking Night|Filesystems Evening/))).toHaveCount(0);
  });

  test("@js leads with the rescheduled meetup at its old date and its new one, saying it moved", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2099-04-07T19:30:00+03:00"));
    await page.goto("/");
    await expect(lead(page).getByRole("heading", { level: 2 })).toHaveText("io_uring Deep Dive");
    await expect(lead(page)).toContainText("Next meetup · in 2 weeks".toUpperCase(), { useInnerText: true });
    await expect(lead(page)).toContainText("Moved from Tuesday, 7 April 2099");
    await expect(recent(page).first()).toHaveText("eBPF Everywhere");

    await page.clock.setFixedTime(new Date("2099-04-21T19:30:00+03:00"));
    await page.reload();
    await expect(lead(page).getByRole("heading", { level: 2 })).toHaveText("io_uring Deep Dive");
    await expect(lead(page)).toContainText("Happening now".toUpperCase(), { useInnerText: true });
  });
});

test.describe("the Hebrew site's home page", () => {
  const NYC = `${siteUrl("hebrew")}/kernel-nyc`;

  test("lists the cancelled meetup apart, in Hebrew, after the meetups coming, and never as the next", async ({
    page,
  }) => {
    // ערב רשתות, cancelled, would have been 26 February 2099, before the lead's 7 March.
    await page.goto(`${NYC}/`);
    await expect(
      page.getByRole("article").filter({ hasText: "המפגש הבא" }).getByRole("heading", { level: 2 }),
    ).toHaveText("Hack night: the night the clocks go forward");
    const later = page.getByRole("region", { name: "מפגשים נוספים בקרוב" });
    await expect(later).not.toContainText("ערב רשתות");
    const off = page.getByRole("region", { name: "מפגשים שבוטלו או נדחו" });
    await expect(off.locator("h3:visible")).toHaveText("ערב רשתות: XDP לעומק בוטל");
    expect(await comesBefore(later, off)).toBe(true);
  });

  test("@js lets the cancelled meetup go once its date has passed", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2099-02-27T12:00:00-05:00"));
    await page.goto(`${NYC}/`);
    await expect(page.getByRole("region", { name: "מפגשים נוספים בקרוב" }).locator("h3:visible")).toHaveCount(2);
    await expect(page.getByRole("region", { name: "מפגשים שבוטלו או נדחו" })).toBeHidden();
    await expect(shown(page.getByText("ערב רשתות"))).toHaveCount(0);
  });
});

test.describe("lists of meetups and talks", () => {
  test("the archive and a topic mark each meetup whose plans changed", async ({ page }) => {
    await page.goto("/meetups/2099/");
    const titles = page.locator("main h3");
    await expect(titles).toContainText(MEETUPS_2099);
    await page.goto("/topics/kernel/");
    await expect(page.locator("main h2")).toHaveText(["Kernel Hacking Night Cancelled"]);
  });

  test("the talk archive lists no talk of the cancelled meetup, and marks the others", async ({ page }) => {
    await page.goto("/talks/2099/");
    await expect(page.getByText("8 talks from 5 meetups, newest first.")).toBeVisible();
    const talks = page.locator("main ol > li");
    await expect(talks.filter({ hasText: "Reading an oops" })).toHaveCount(0);
    await expect(talks.filter({ hasText: "Writing your first kernel module" })).toHaveCount(0);
    await expect(talks.filter({ hasText: "Btrfs snapshots in practice" })).toContainText("Postponed");
    await expect(talks.filter({ hasText: "io_uring from the ground up" })).toContainText("New date");
    await page.goto("/talks/");
    // The speakers' filter, folded until asked for.
    await expect(page.getByRole("navigation", { name: "Filter talks" }).locator("details li")).toContainText([
      "Dana Fixture (6)",
      "Yossi Fixture (4)",
    ]);
  });

  test("a speaker's page and the speakers' list count no talk of the cancelled meetup", async ({ page }) => {
    await page.goto("/speakers/dana-fixture/");
    const talks = page.getByRole("region", { name: /^Talks at/ }).locator("li h3");
    await expect(talks).toHaveText([
      "EEVDF explained",
      "Zero-copy networking with io_uring",
      "Tracing the scheduler with eBPF",
      "XDP at line rate",
      "Btrfs snapshots in practice",
      "The Linux kernel memory model",
    ]);
    await page.goto("/speakers/");
    await expect(page.getByRole("link", { name: /Dana Fixture/ })).toContainText("6 talks");
    await expect(page.getByRole("link", { name: /Yossi Fixture/ })).toContainText("4 talks");
  });
});

test.describe("search", () => {
  test("@js a result says the meetup was cancelled", async ({ page }) => {
    await page.goto("/search/?q=strike");
    const result = page.locator("[data-search-results] > li").first();
    await expect(result.getByRole("heading", { level: 2 })).toHaveText("Cancelled: Kernel Hacking Night");
    await expect(result).toContainText("Meetup · Cancelled · Tuesday, 17 February 2099");
  });

  test("@js talks only: no talk of the cancelled meetup", async ({ page }) => {
    await page.goto("/search/?q=oops&kind=talk");
    await expect(page.getByRole("status")).toHaveText("No results for “oops”");
  });
});

test.describe("the Hebrew site's rescheduled meetup", () => {
  const NYC = `${siteUrl("hebrew")}/kernel-nyc`;
  const MEMORY = `${NYC}/meetups/${encodeURIComponent("2099-04-09-ערב-זיכרון")}/`;
  const hebrewStatus = (page: Page) => page.locator("main header").getByText("מועד חדש", { exact: true });

  test("says in Hebrew, right to left, where it moved from", async ({ page }) => {
    await page.goto(MEMORY);
    await expect(hebrewStatus(page)).toBeVisible();
    await expect(page.locator("main header")).toContainText("מועד חדש · הוזז מיום חמישי, 9 באפריל 2099");
    await expect(page.locator("main header")).toContainText("האולם תפוס ב-9 באפריל");
    expect(await hebrewStatus(page).evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    await expect(page.locator("dd").first()).toContainText("יום חמישי, 23 באפריל 2099");
  });

  test("@js is upcoming at its old date and happening at its new one", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2099-04-09T18:45:00-04:00"));
    await page.goto(MEMORY);
    await expect(page.locator("main header[data-live]")).toHaveAttribute("data-phase", "upcoming");
    await expect(phaseLine(page)).toContainText("מפגש קרוב");
    await page.clock.setFixedTime(new Date("2099-04-23T19:00:00-04:00"));
    await page.reload();
    await expect(phaseLine(page)).toHaveText("מתקיים עכשיו", { useInnerText: true });
    await expect(hebrewStatus(page)).toBeVisible();
  });
});

test("the Hebrew site's cancelled meetup, which had no venue yet, says nothing of one", async ({ page }) => {
  await page.goto(`${siteUrl("hebrew")}/kernel-nyc/meetups/${encodeURIComponent("2099-02-26-ערב-רשתות")}/`);
  const facts = page.locator("main dl").first();
  await expect(facts.locator("dt")).toHaveText(["מתי"]);
  await expect(page.getByText(/המקום (לא תועד|ייקבע)/)).toHaveCount(0);
});

test("a scheduled meetup's page has no status box", async ({ page }) => {
  await page.goto(EBPF);
  await expect(statusBox(page)).toHaveCount(0);
});
