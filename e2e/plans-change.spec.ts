import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import type { MeetupsFile } from "../lib/outputs/open-data";
import { EBPF } from "./sites";

// What machines are told of the fixture's changed meetups, read from the built site: the
// structured data in each page, its calendar file, the calendar of every meetup and the feed.

const CANCELLED = "/meetups/2099-02-17-strike-night/";
const POSTPONED = "/meetups/2099-02-24-filesystems-evening/";
const RESCHEDULED = "/meetups/2099-04-07-io-uring-deep-dive/";
const ONLINE = "/meetups/2099-05-19-scheduler-online/";

/** The page's schema.org Event, as a search engine reads it from the HTML. */
async function eventData(page: Page, address: string): Promise<Record<string, unknown>> {
  await page.goto(address);
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const events = scripts
    .map((text) => JSON.parse(text) as Record<string, unknown>)
    .filter((d) => d["@type"] === "Event");
  expect(events).toHaveLength(1);
  return events[0]!;
}

function parseCalendar(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

test("each changed meetup's page tells search engines its status, as Google documents it", async ({ page }) => {
  expect(await eventData(page, CANCELLED)).toMatchObject({ eventStatus: "https://schema.org/EventCancelled" });
  expect(await eventData(page, POSTPONED)).toMatchObject({
    eventStatus: "https://schema.org/EventPostponed",
    startDate: "2099-02-24T19:00:00+02:00",
  });
  expect(await eventData(page, RESCHEDULED)).toMatchObject({
    eventStatus: "https://schema.org/EventRescheduled",
    startDate: "2099-04-21T19:00:00+03:00",
    previousStartDate: ["2099-04-07T19:00:00+03:00"],
  });
  expect(await eventData(page, ONLINE)).toMatchObject({
    eventStatus: "https://schema.org/EventMovedOnline",
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    location: { "@type": "VirtualLocation", url: "https://meet.example.org/kerneltlv-scheduler" },
  });
  expect(await eventData(page, EBPF)).toMatchObject({ eventStatus: "https://schema.org/EventScheduled" });
});

test("each changed meetup's calendar file and the calendar of every meetup say the same, under one UID", async ({
  request,
}) => {
  const { meetups } = (await (await request.get("/meetups.json")).json()) as MeetupsFile;
  const all = parseCalendar(await (await request.get("/calendar.ics")).text());
  const expected = {
    [CANCELLED]: { status: "CANCELLED", summary: "Cancelled: Kernel Hacking Night" },
    [POSTPONED]: { status: "CANCELLED", summary: "Postponed: Filesystems Evening" },
    [RESCHEDULED]: { status: "CONFIRMED", summary: "Moved: io_uring Deep Dive" },
    [ONLINE]: { status: "CONFIRMED", summary: "Online: Scheduler Night, Online" },
  };
  for (const [address, { status, summary }] of Object.entries(expected)) {
    const response = await request.get(`${address}calendar.ics`);
    expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
    const [event] = parseCalendar(await response.text());
    expect(event!.summary).toBe(summary);
    expect(event!.component.getFirstPropertyValue("status")).toBe(status);
    const entry = meetups.find((m) => m.url.endsWith(address))!;
    expect(event!.sequence).toBe(entry.sequence);
    expect(event!.component.getFirstPropertyValue("last-modified")).toBeTruthy();
    const same = all.find((e) => e.uid === event!.uid)!;
    expect([same.summary, same.sequence, same.component.getFirstPropertyValue("status")]).toEqual([
      summary,
      entry.sequence,
      status,
    ]);
  }
  const [moved] = parseCalendar(await (await request.get(`${RESCHEDULED}calendar.ics`)).text());
  expect(moved!.startDate.toJSDate().toISOString()).toBe("2099-04-21T16:00:00.000Z");
  const [online] = parseCalendar(await (await request.get(`${ONLINE}calendar.ics`)).text());
  expect(online!.location).toBe("https://meet.example.org/kerneltlv-scheduler");
});

test("the feed updates each changed meetup's entry, under its own id, with a title that says what changed", async ({
  request,
}) => {
  const feed = (await (await request.get("/feed.json")).json()) as {
    items: { id: string; title: string; date_modified: string }[];
  };
  const item = (address: string) => feed.items.find((i) => i.id === `https://kerneltlv.com${address}`)!;
  expect(item(CANCELLED).title).toBe("Cancelled: Kernel Hacking Night");
  expect(item(RESCHEDULED).title).toBe("Moved: io_uring Deep Dive");
  // The file's last change: long before the meetup, unlike the meetup's own day.
  expect(Date.parse(item(CANCELLED).date_modified)).toBeLessThan(Date.parse("2099-01-01T00:00:00Z"));
  expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
});
