import Ajv2020 from "ajv/dist/2020.js";
import ICAL from "ical.js";
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { MeetupsFile, SpeakersFile } from "../lib/outputs/open-data";
import { siteUrl, type SiteName } from "./sites";

// /meetups.json and /speakers.json as a program reads them from the built site:
// valid against the schemas the site publishes, and saying what the pages say.

/** A talk's id on its meetup's page, from its address. */
const anchorOf = (url: string) => decodeURIComponent(new URL(url).hash.slice(1));

/** An address of the deployment, as the built site serves it here. */
const served = (url: string, site: SiteName = "fixture") => url.replace(/^https:\/\/[^/]+/, siteUrl(site));

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  return (await response.json()) as T;
}

/** Fetches a data file and validates it against the schema its $schema names, as published beside it. */
async function validFile<T extends { $schema: string }>(request: APIRequestContext, url: string, site: SiteName) {
  const data = await getJson<T>(request, url);
  const schema = await getJson<object>(request, served(data.$schema, site));
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  const valid = validate(data);
  expect(valid, JSON.stringify(validate.errors, null, 1)).toBe(true);
  return data;
}

function parseCalendar(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

test("/meetups.json is valid against /meetups.schema.json and lists the meetups, times and talks the pages show", async ({
  page,
  request,
}) => {
  const data = await validFile<MeetupsFile>(request, "/meetups.json", "fixture");
  expect(data.meetups.length).toBeGreaterThan(5);
  for (const meetup of data.meetups) {
    await page.goto(served(meetup.url));
    const header = page.locator("main header").first();
    // A meetup called off says so in its heading too ("Cancelled: …").
    await expect(page.getByRole("heading", { level: 1 })).toContainText(meetup.title);
    await expect(header.locator("time").first()).toHaveAttribute(
      "datetime",
      meetup.timeKnown ? meetup.start : meetup.start.slice(0, 10),
    );
    // A talk still to be announced is a slot on the page, and no talk in the data.
    const talks = page
      .getByRole("region", { name: "Schedule" })
      .getByRole("heading", { level: 3 })
      .filter({ hasNotText: /^To be announced$/ });
    await expect(talks).toHaveText(meetup.talks.map((talk) => talk.title));
    for (const [i, talk] of meetup.talks.entries()) {
      await expect(talks.nth(i)).toHaveAttribute("id", anchorOf(talk.url));
      await expect(page.locator(`time[datetime="${talk.start}"]`).first()).toBeAttached();
    }
  }
});

test("the home page's upcoming meetups are the file's first ones, in its order", async ({ page, request }) => {
  const data = await getJson<MeetupsFile>(request, "/meetups.json");
  // Those called off are listed apart, after them.
  const upcoming = data.meetups
    .filter((m) => Date.parse(m.end) > Date.parse(data.generated) && !["cancelled", "postponed"].includes(m.status))
    .map((m) => m.title);
  await page.goto("/");
  const lead = (await page.locator("[data-home-item^='lead ']:not([hidden]) h2 a").allTextContents()).map((t) =>
    t.trim(),
  );
  const later = page.getByRole("region", { name: "Also coming up" }).locator("[data-home-item]:not([hidden]) h3 a");
  // The lead is the next one that will happen.
  expect(lead).toHaveLength(1);
  expect(upcoming).toContain(lead[0]);
  expect((await later.allTextContents()).map((t) => t.trim())).toEqual(upcoming.filter((title) => title !== lead[0]));
});

test("each talk's calendar file is linked beside the talk and holds the talk, read by ical.js", async ({
  page,
  request,
}) => {
  const data = await getJson<MeetupsFile>(request, "/meetups.json");
  const uids = new Set<string>();
  const meetupUids = new Set<string>();
  let files = 0;
  for (const meetup of data.meetups) {
    const [meetupEvent] = parseCalendar(await (await request.get(served(meetup.calendar))).text());
    meetupUids.add(meetupEvent!.uid);
    await page.goto(served(meetup.url));
    // A meetup called off (cancelled, postponed) or over invites no one to put its talks in a calendar.
    const phase = await page.locator("main header[data-live]").getAttribute("data-phase");
    const invites = phase === "upcoming" || phase === "live";
    for (const talk of meetup.talks) {
      if (!talk.calendar) continue;
      // Beside the talk's own link, in its heading's line.
      const link = page.locator(`h3[id="${anchorOf(talk.url)}"] + a + a`);
      if (invites) {
        await expect(link).toHaveAccessibleName(`Calendar entry for ${talk.title}`);
        expect(new URL((await link.getAttribute("href"))!, page.url()).href).toBe(new URL(served(talk.calendar)).href);
      } else await expect(link).toBeHidden();
      const response = await request.get(served(talk.calendar));
      expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
      const events = parseCalendar(await response.text());
      expect(events).toHaveLength(1);
      const event = events[0]!;
      // A talk of a meetup whose plans changed says so first ("Cancelled: ...", e2e/plans-change.spec.ts).
      expect(event.summary).toEqual(meetup.status === "scheduled" ? talk.title : expect.stringMatching(/^\S.*: /));
      expect(event.summary!.endsWith(talk.title)).toBe(true);
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(talk.start));
      expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(talk.end!));
      for (const speaker of talk.speakers) expect(event.description).toContain(speaker.name);
      uids.add(event.uid);
      files++;
    }
  }
  expect(files).toBeGreaterThan(3);
  // One UID per talk, none of them a meetup's.
  expect(uids.size).toBe(files);
  expect([...uids].filter((uid) => meetupUids.has(uid))).toEqual([]);
});

test("/speakers.json is valid against its schema and lists the speakers page's people", async ({ page, request }) => {
  const data = await validFile<SpeakersFile>(request, "/speakers.json", "fixture");
  await page.goto("/speakers/");
  for (const speaker of data.speakers) {
    await expect(page.getByRole("main").getByRole("link", { name: speaker.name }).first()).toHaveAttribute(
      "href",
      new URL(speaker.url).pathname,
    );
  }
});

test("a site under a base path gives addresses under it, Hebrew ones included, and each of them answers", async ({
  request,
}) => {
  const data = await validFile<MeetupsFile>(request, `${siteUrl("hebrew")}/kernel-nyc/meetups.json`, "hebrew");
  expect(data.$schema).toBe("https://kernel-nyc.example.org/kernel-nyc/meetups.schema.json");
  const evening = data.meetups.find((m) => m.slug === "2099-05-14-ערב-ebpf")!;
  expect(evening.talks.map((talk) => talk.language)).toEqual(["he", "en"]);
  const speakers = await validFile<SpeakersFile>(request, `${siteUrl("hebrew")}/kernel-nyc/speakers.json`, "hebrew");
  const local = (url: string | null) => url?.startsWith("https://kernel-nyc.example.org/") ?? false;
  const files = [
    evening.url,
    evening.calendar,
    ...evening.talks.map((talk) => talk.calendar!),
    // Files of the site's own: a speaker's photo and slides as a PDF.
    ...speakers.speakers.map((s) => s.photo).filter(local),
    ...data.meetups.flatMap((m) => m.talks.map((talk) => talk.slides)).filter(local),
  ];
  expect(files.filter((url) => /\.(jpg|pdf)$/.test(url!))).toHaveLength(2);
  for (const url of files) expect((await request.get(served(url!, "hebrew"))).status(), url!).toBe(200);
});
