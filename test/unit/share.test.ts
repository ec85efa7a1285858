import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, calendarLinks, eventUid } from "@/lib/calendar";
import { createCatalog } from "@/lib/catalog";
import { loadContent } from "@/lib/content/load";
import { buildFeed } from "@/lib/feeds";
import { eventJsonLd, personJsonLd } from "@/lib/structured-data";

const { meetups, speakers } = loadContent(path.resolve(import.meta.dirname, "../fixtures/site"));
const catalog = createCatalog(meetups, speakers, { publish: true });
const ebpf = catalog.getMeetup("2099-03-10-ebpf-everywhere")!;
const berlin = catalog.getMeetup("2099-10-20-berlin-guest-night")!;
const dayOnly = catalog.getMeetup("2018-05-01-no-schedule-yet")!;

function parseCalendar(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  // Times are read in the zones the file itself defines.
  for (const vtimezone of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("iCalendar files", () => {
  const events = parseCalendar(buildCalendar([ebpf, berlin, dayOnly], catalog.meetupSpeakers).toString());

  it("give each meetup its start and end in its own zone, with that zone's rules included", () => {
    const [e, b] = events;
    expect(e!.startDate.toString()).toBe("2099-03-10T19:00:00");
    expect(e!.startDate.zone.tzid).toBe("Asia/Jerusalem");
    expect(e!.endDate.toString()).toBe("2099-03-10T21:15:00");
    expect(e!.startDate.toJSDate().toISOString()).toBe("2099-03-10T17:00:00.000Z");
    expect(b!.startDate.zone.tzid).toBe("Europe/Berlin");
    expect(b!.startDate.toJSDate().toISOString()).toBe("2099-10-20T16:30:00.000Z");
  });

  it("carry the venue, the page's URL and a short description", () => {
    const e = events[0]!;
    expect(e.location).toBe("Fixture Hall, 1 Example St, Tel Aviv");
    expect(e.description).toContain("Tracing the scheduler with eBPF");
    expect(e.description).toContain("https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/");
    expect(e.component.getFirstPropertyValue("url")).toBe("https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/");
  });

  it("make a meetup known only by its day an all-day event", () => {
    expect(events[2]!.startDate.isDate).toBe(true);
    expect(events[2]!.startDate.toString()).toBe("2018-05-01");
  });

  it("keep an event's UID when its time changes, so a subscriber's entry is updated", () => {
    const moved = { ...ebpf, start: "2099-03-11T19:00:00+02:00", end: "2099-03-11T21:00:00+02:00" };
    const [again] = parseCalendar(buildCalendar([moved], catalog.meetupSpeakers).toString());
    expect(again!.uid).toBe(events[0]!.uid);
    expect(again!.uid).toBe(eventUid(ebpf));
  });
});

describe("add-to-calendar links", () => {
  const links = calendarLinks(ebpf, catalog.meetupSpeakers(ebpf));

  it("give Google the right instants", () => {
    const url = new URL(links.google);
    expect(url.hostname).toBe("calendar.google.com");
    expect(url.searchParams.get("dates")).toBe("20990310T170000Z/20990310T191500Z");
    expect(url.searchParams.get("text")).toBe("eBPF Everywhere");
    expect(url.searchParams.get("location")).toBe("Fixture Hall, 1 Example St, Tel Aviv");
  });

  it("give Outlook the times with the meetup's offset", () => {
    const url = new URL(links.outlook);
    expect(url.searchParams.get("startdt")).toBe("2099-03-10T19:00:00+02:00");
    expect(url.searchParams.get("enddt")).toBe("2099-03-10T21:15:00+02:00");
    expect(url.searchParams.get("subject")).toBe("eBPF Everywhere");
  });
});

describe("feeds", () => {
  const feed = buildFeed(catalog.allMeetups(), catalog.meetupSpeakers, new Date("2026-11-25T00:00:00Z"));
  const xml = new XMLParser({ ignoreAttributes: false });

  it("RSS 2.0 lists every meetup newest first with absolute links", () => {
    const rss = xml.parse(feed.rss2()).rss.channel;
    const items = rss.item as { title: string; link: string; pubDate: string }[];
    expect(items.map((i) => i.title)).toEqual(catalog.allMeetups().map((m) => m.title));
    expect(items[0]!.link).toBe("https://kerneltlv.com/meetups/2099-10-20-berlin-guest-night/");
    expect(new Date(items[0]!.pubDate).toISOString()).toBe("2099-10-20T16:30:00.000Z");
  });

  it("Atom and JSON Feed carry the same entries", () => {
    const atom = xml.parse(feed.atom1()).feed;
    const title = (t: string | { "#text": string }) => (typeof t === "string" ? t : t["#text"]);
    expect((atom.entry as { title: string | { "#text": string } }[]).map((e) => title(e.title))).toEqual(
      catalog.allMeetups().map((m) => m.title),
    );
    const json = JSON.parse(feed.json1()) as { version: string; items: { url: string; authors?: unknown }[] };
    expect(json.version).toMatch(/jsonfeed\.org\/version\/1/);
    expect(json.items.map((i) => i.url)).toContain("https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/");
  });
});

describe("schema.org data", () => {
  it("describes a meetup as an Event with a Place, Person performers, status and attendance mode", () => {
    const data = eventJsonLd(ebpf, catalog.meetupSpeakers(ebpf), new Date("2026-11-25T00:00:00Z"));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "eBPF Everywhere",
      startDate: "2099-03-10T19:00:00+02:00",
      endDate: "2099-03-10T21:15:00+02:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "Fixture Hall", address: { "@type": "PostalAddress" } },
      performer: [
        { "@type": "Person", name: "Dana Fixture", url: "https://kerneltlv.com/speakers/dana-fixture/" },
        { "@type": "Person", name: "Yossi Fixture" },
      ],
      offers: { "@type": "Offer", price: 0 },
    });
  });

  it("stops offering tickets once the meetup is over, and names a place when no venue is set", () => {
    const data = eventJsonLd(dayOnly, [], new Date("2026-11-25T00:00:00Z")) as unknown as Record<string, unknown>;
    expect(data.offers).toBeUndefined();
    expect(data.startDate).toBe("2018-05-01");
    expect(data.location).toMatchObject({ "@type": "Place", name: "Tel Aviv" });
  });

  it("describes a speaker as a Person with their links", () => {
    expect(personJsonLd(catalog.getSpeaker("dana-fixture")!)).toMatchObject({
      "@type": "Person",
      jobTitle: "Kernel engineer, Example Corp",
      sameAs: ["https://github.com/example", "https://example.com"],
    });
  });
});
