import { expect, test } from "@playwright/test";
import { slotStarts } from "./schedule";

const WINTER = "/meetups/2017-01-10-tracing-in-winter/";

test("a legacy post in winter shows its slots at Israel's winter offset, its RSVP and topics", async ({ page }) => {
  await page.goto(WINTER);
  await expect(page.locator("dd").first()).toContainText("Tuesday, 10 January 2017 · 18:30–20:45 Israel time");
  const slots = page.getByRole("region", { name: "Schedule" }).locator("ol > li");
  const starts = await slotStarts(page);
  expect(starts).toEqual([
    "2017-01-10T18:30:00+02:00",
    "2017-01-10T19:00:00+02:00",
    "2017-01-10T19:45:00+02:00",
    "2017-01-10T20:00:00+02:00",
  ]);
  await expect(slots.locator("h3")).toHaveText(["Opening talk on ftrace", "Q&A with the maintainers"]);
  await expect(slots.first()).toContainText("Break: Gathering, pizza and beer");
  await expect(page.getByRole("link", { name: "The event on Meetup.com" })).toHaveAttribute(
    "href",
    "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/events/236000001/",
  );
  // categories: meetups was the old site's section, not a topic.
  await expect(page.getByRole("list", { name: "Topics" }).getByRole("link")).toHaveText(["#ebpf", "#tracing"]);
  // The body is shown without the schedule lines a second time.
  const about = page.getByRole("region", { name: "About this meetup" });
  await expect(about).toContainText("Bring your hardest questions about perf and ftrace.");
  await expect(about).not.toContainText("18:30");
});

test("a legacy post without a schedule shows its day and no made-up time", async ({ page }) => {
  await page.goto("/meetups/2018-05-01-no-schedule-yet/");
  const when = page.locator("dd").first();
  await expect(when).toHaveText("Tuesday, 1 May 2018");
  await expect(when.locator("time")).toHaveAttribute("datetime", "2018-05-01");
  await expect(page.getByRole("main")).not.toContainText("16:00");
});

test("an old Jekyll address leads to the meetup's page", async ({ page }) => {
  await page.goto("/meetups/2017/01/10/tracing-in-winter.html");
  await expect(page).toHaveURL(WINTER);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tracing in Winter");
});

test.describe("without JavaScript", () => {
  test("@no-js an old address still names the new page, links to it and declares it canonical", async ({ page }) => {
    // The address Jekyll made: its slugify made one hyphen of the file name's "---".
    const old = "/meetups/2016/07/12/breaking-the-wall-handling-things-in-userspace.html";
    await page.goto(old, { waitUntil: "commit" });
    const html = await (await page.request.get(old)).text();
    expect(html).toContain(
      '<link rel="canonical" href="https://kerneltlv.com/meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace/">',
    );
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace/">',
    );
    await page.waitForURL("**/meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace/");
  });
});
