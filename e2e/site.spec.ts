import { expect, test } from "@playwright/test";
import { DomUtils, parseDocument } from "htmlparser2";
import { loadContent } from "../lib/content/load";
import { t } from "../lib/i18n";
import { isCalledOff } from "../lib/site/phases";
import { crawl } from "./crawl";
import { siteUrl } from "./sites";

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
    // A meetup called off says so in its heading too ("Cancelled: ...").
    const title = isCalledOff(m.status) ? t.status.titled[m.status](m.title) : m.title;
    // Spaces as a reader sees them: the page keeps a dash on the line of the word before it (no-break space).
    const words = (text: string) => text.replace(/\s+/g, " ").trim();
    expect(heading && words(DomUtils.textContent(heading)), m.sourcePath).toBe(words(title));
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

test("every old address leads to its meetup, and every talk links its speakers", async ({ page }) => {
  const names = new Map(speakers.map((s) => [s.slug, s.name]));
  for (const m of meetups.filter((m) => !m.draft)) {
    const address = new URL(`/meetups/${m.slug}/`, real).href;
    for (const old of m.redirects) {
      await page.goto(new URL(old, real).href);
      await expect(page, `${m.sourcePath}: ${old}`).toHaveURL(address);
    }
    await page.goto(address);
    const schedule = page.getByRole("region", { name: t.meetup.schedule });
    // By the link's address: a speaker's name may be part of another's (Dan, Dana).
    for (const slug of new Set(m.schedule.flatMap((slot) => slot.speakers))) {
      const link = schedule.locator(`a[href="/speakers/${encodeURIComponent(slug)}/"]`).first();
      await expect(link, m.sourcePath).toContainText(names.get(slug)!);
    }
  }
});
