import { expect, test } from "@playwright/test";
import { DomUtils, parseDocument } from "htmlparser2";
import { loadContent } from "../lib/content/load";
import { crawl } from "./crawl";
import { SEED, siteUrl } from "./sites";

// The site built from content/: only what holds for any valid content, so that an
// organizer's pull request that adds the next meetup stays green.
const real = siteUrl("real");
const { meetups, speakers } = loadContent("content");

test("every published meetup and every speaker in content/ has its page", async ({ request }) => {
  for (const m of meetups.filter((m) => !m.draft)) {
    const response = await request.get(`${real}/meetups/${encodeURIComponent(m.slug)}/`);
    expect(response.status(), m.sourcePath).toBe(200);
    // Read as a browser reads it: a title may hold quotes, ampersands or "<", which the HTML escapes.
    const heading = DomUtils.findOne((el) => el.name === "h1", parseDocument(await response.text()).children);
    expect(heading && DomUtils.textContent(heading).trim(), m.sourcePath).toBe(m.title);
  }
  for (const s of speakers) {
    expect((await request.get(`${real}/speakers/${encodeURIComponent(s.slug)}/`)).status(), s.sourcePath).toBe(200);
  }
});

test("no link, image, script or preview image of the site is broken", async ({ request }) => {
  const { broken, seen } = await crawl(request, real, "/");
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(meetups.length + speakers.length);
});

test("the seed meetup keeps its page, its old Jekyll address and both speakers", async ({ page }) => {
  await page.goto(`${real}/meetups/2016/07/12/breaking-the-wall-handling-things-in-userspace.html`);
  await expect(page).toHaveURL(`${real}${SEED}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Breaking the Wall - Handling Things in Userspace");
  const schedule = page.getByRole("region", { name: "Schedule" });
  await expect(schedule.getByRole("link", { name: /Mike Rapoport/ })).toHaveAttribute(
    "href",
    "/speakers/mike-rapoport/",
  );
  await expect(schedule.getByRole("link", { name: /Liran Ben Haim/ })).toHaveAttribute(
    "href",
    "/speakers/liran-ben-haim/",
  );
});
