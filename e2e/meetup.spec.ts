import { expect, test } from "@playwright/test";
import { slotStarts } from "./schedule";
import { BERLIN, EBPF, MEMORY, SEED_LEGACY, SUMMER } from "./sites";

test("the schedule is an ordered list of slots, each starting with its time in the meetup's offset", async ({
  page,
}) => {
  await page.goto(EBPF);
  const slots = page.getByRole("region", { name: "Schedule" }).locator("ol > li");
  await expect(slots).toHaveCount(4);
  const starts = await slotStarts(page);
  expect(starts).toEqual([
    "2099-03-10T19:00:00+02:00",
    "2099-03-10T19:30:00+02:00",
    "2099-03-10T20:15:00+02:00",
    "2099-03-10T20:30:00+02:00",
  ]);
  await expect(slots.nth(1)).toContainText("19:30–20:15");
  // A break reads as its own words, no heading; talks are headings with their speakers.
  await expect(slots.nth(0)).toHaveText("19:00–19:30Gathering and pizza");
  await expect(slots.nth(0).getByRole("heading")).toHaveCount(0);
  await expect(slots.nth(1).getByRole("heading", { level: 3 })).toHaveText("Tracing the scheduler with eBPF");
  await expect(slots.nth(3).getByRole("list", { name: "Speakers" }).getByRole("link")).toHaveText([
    /Dana Fixture/,
    /Yossi Fixture/,
  ]);
  await expect(slots.nth(1).locator("strong")).toHaveText("every");
  await expect(slots.nth(1).getByRole("link", { name: "Slides for Tracing the scheduler with eBPF" })).toHaveAttribute(
    "href",
    "https://example.com/slides/sched.pdf",
  );
});

test("a meetup page has its day, hours, venue with map, RSVP and topics", async ({ page }) => {
  await page.goto(EBPF);
  await expect(page.getByText("Upcoming meetup")).toBeVisible();
  const when = page.locator("dd").first();
  await expect(when).toContainText("Tuesday, 10 March 2099 · 19:00–21:15 Israel time");
  await expect(page.getByRole("link", { name: "Fixture Hall on OpenStreetMap" })).toHaveAttribute(
    "href",
    /openstreetmap/,
  );
  await expect(page.getByRole("link", { name: "RSVP on Meetup.com" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Topics" }).getByRole("link")).toHaveText(["#ebpf", "#tracing"]);
  await expect(page.getByRole("region", { name: "About this meetup" })).toContainText("An evening of eBPF.");
});

const GROUP_RSVP = "RSVP on the group's Meetup.com page";

test("an upcoming meetup without an RSVP link of its own offers the group's page on its RSVP service", async ({
  page,
}) => {
  await page.goto(SUMMER);
  await expect(page.getByRole("link", { name: GROUP_RSVP })).toHaveAttribute(
    "href",
    "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/",
  );
  // One with a link of its own offers that one only; a past one, none.
  await page.goto(EBPF);
  await expect(page.getByRole("link", { name: /^RSVP/ })).toHaveText(["RSVP on Meetup.com"]);
  await page.goto(MEMORY);
  await expect(page.getByRole("link", { name: /^RSVP/ })).toHaveCount(0);
});

test("@js the group's RSVP page is offered on the home page when the next meetup has no link of its own", async ({
  page,
}) => {
  // Summer Scheduling leads after Scheduler Night (19 May); it has no RSVP link.
  await page.clock.setFixedTime(new Date("2099-06-01T12:00:00+03:00"));
  await page.goto("/");
  const lead = page.locator("article:visible").filter({ hasText: "Next meetup" });
  await expect(lead.getByRole("heading", { level: 2 })).toHaveText("Summer Scheduling");
  await expect(lead.getByRole("link", { name: GROUP_RSVP })).toBeVisible();
  // Its page stops offering it once it is over.
  await page.clock.setFixedTime(new Date("2099-07-15T12:00:00+03:00"));
  await page.goto(SUMMER);
  await expect(page.getByRole("link", { name: GROUP_RSVP })).toBeHidden();
});

test("summer meetups carry Israel's summer offset", async ({ page }) => {
  await page.goto(SUMMER);
  await expect(page.locator("time").first()).toHaveAttribute("datetime", "2099-07-14T19:00:00+03:00");
  await expect(page.getByText("Venue to be announced")).toBeVisible();
});

test("a meetup in another zone is shown in that zone's time", async ({ page }) => {
  await page.goto(BERLIN);
  await expect(page.locator("time").first()).toHaveAttribute("datetime", "2099-10-20T18:30:00+02:00");
  await expect(page.locator("dd").first()).toContainText("18:30–20:30 Central European Time");
  await expect(page.getByText("c-base, Berlin")).toBeVisible();
});

test("the seed Jekyll post, kept as it was, renders as a past meetup with its schedule", async ({ page }) => {
  await page.goto(SEED_LEGACY);
  await expect(page.getByText("Past meetup")).toBeVisible();
  await expect(page.locator("dd").first()).toContainText("Tuesday, 12 July 2016 · 19:00–21:00 Israel time");
  const slots = page.getByRole("region", { name: "Schedule" }).locator("ol > li");
  await expect(slots).toHaveCount(4);
  await expect(slots.locator("h3")).toHaveText([
    "userfaultfd and post-copy migration of VMs and containers",
    "Linux interrupt handling",
  ]);
  await expect(slots.first().locator("time").first()).toHaveAttribute("datetime", "2016-07-12T19:00:00+03:00");
  await expect(slots.last().locator("time").last()).toHaveAttribute("datetime", "2016-07-12T21:00:00+03:00");
});

test("times read the same whatever the visitor's time zone", async ({ browser }) => {
  for (const timezoneId of ["America/New_York", "Asia/Tokyo"]) {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto(EBPF);
    await expect(page.locator("dd").first()).toContainText("19:00–21:15 Israel time");
    await context.close();
  }
});
