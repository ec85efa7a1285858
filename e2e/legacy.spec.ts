import { expect, test } from "@playwright/test";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import ICAL from "ical.js";
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
  await expect(slots.first()).toHaveText("18:30–19:00Gathering, pizza and beer");
  await expect(slots.first().getByRole("heading")).toHaveCount(0);
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
  // The post names no venue in a field: its page says nothing of one, rather than that it wasn't recorded.
  await expect(page.getByRole("term")).toHaveText(["When"]);
  await expect(page.getByText(/venue/i)).toBeHidden();
});

test("a legacy post without a schedule shows its day and no made-up time", async ({ page }) => {
  await page.goto("/meetups/2018-05-01-no-schedule-yet/");
  const when = page.locator("dd").first();
  await expect(when).toHaveText("Tuesday, 1 May 2018");
  await expect(when.locator("time")).toHaveAttribute("datetime", "2018-05-01");
  await expect(page.getByRole("main")).not.toContainText("16:00");
});

// An old post copied as it was: its title ends in a lone CR (U+000D) before the closing quote.
const ROSEN = "/meetups/2015-06-16-linux-kernel-namespaces-and-cgroups-subsytems/";
const ROSEN_TITLE = "Linux kernel namespaces and cgroups subsytems by Rami Rosen";

test("an old post whose title ends in a lone CR shows the title without it, its log as code and its line break", async ({
  page,
}) => {
  await page.goto("/meetups/2015/06/16/linux-kernel-namespaces-and-cgroups-subsytems.html");
  await expect(page).toHaveURL(ROSEN);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(ROSEN_TITLE);
  await expect(page).toHaveTitle(new RegExp(`^${ROSEN_TITLE} `));
  const about = page.getByRole("region", { name: "About this meetup" });
  await expect(about.locator("pre code")).toContainText("10:41-10:42 kernel: cgroup: fork rejected");
  await expect(about.locator("p", { hasText: "About the speaker" }).locator("br")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Schedule" })).toHaveCount(0);
});

test("a day-only legacy meetup links its own calendar file, which says its day and title", async ({
  page,
  request,
}) => {
  await page.goto(ROSEN);
  const file = page.getByRole("link", { name: "Calendar file (.ics)" });
  await expect(file).toBeVisible();
  await expect(file).toHaveAttribute("href", `${ROSEN}calendar.ics`);
  const ics = await request.get(`${ROSEN}calendar.ics`);
  const cal = new ICAL.Component(ICAL.parse(await ics.text()));
  const event = new ICAL.Event(cal.getFirstSubcomponent("vevent")!);
  expect(event.summary).toBe(ROSEN_TITLE);
  expect(event.startDate.isDate).toBe(true);
  expect(event.startDate.toString()).toBe("2015-06-16");
});

test("the feeds show the old post's title without the CR", async ({ request }) => {
  const url = `https://kerneltlv.com${ROSEN}`;
  const rss = parseRssFeed(await (await request.get("/feed.xml")).text());
  expect(rss.items!.find((i) => i.link === url)?.title).toBe(ROSEN_TITLE);
  const atom = parseAtomFeed(await (await request.get("/atom.xml")).text());
  const entry = atom.entries!.find((e) => e.id === url)!;
  expect(typeof entry.title === "object" ? entry.title.value : entry.title).toBe(ROSEN_TITLE);
  const json = parseJsonFeed(await (await request.get("/feed.json")).json());
  expect(json.items!.find((i) => i.url === url)?.title).toBe(ROSEN_TITLE);
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
