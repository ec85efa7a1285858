import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import ICAL from "ical.js";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { buildCalendar, calendarLinks, eventUid } from "@/lib/outputs/calendar";
import { createCatalog } from "@/lib/site/catalog";
import { loadContent } from "@/lib/content/load";
import type { Meetup } from "@/lib/content/schema";
import { FEED_ITEMS, writeFeed } from "@/lib/outputs/feeds";
import { htmlText } from "@/lib/site/text";
import { eventJsonLd, jsonLdText, personJsonLd } from "@/lib/outputs/structured-data";
import type { PreviewCard } from "@/lib/outputs/og/card";
import { meetupPreview } from "@/lib/outputs/previews";
import { pageMetadata } from "@/lib/site/metadata";
import { meetupPath } from "@/lib/site/urls";

const { meetups, speakers } = loadContent(path.resolve(import.meta.dirname, "../fixtures/site"));
const catalog = createCatalog(meetups, speakers, { publish: true });
const ebpf = catalog.getMeetup("2099-03-10-ebpf-everywhere")!;
const berlin = catalog.getMeetup("2099-10-20-berlin-guest-night")!;
const dayOnly = catalog.getMeetup("2018-05-01-no-schedule-yet")!;

/** A meetup of the fixture site, changed as if the gate had let something through. */
const hostile = (changes: Partial<Meetup>): Meetup => ({ ...ebpf, ...changes });

/** An Atom text construct's text, as feedsmith gives it. */
const atomText = (text: string | { value?: string } | undefined) => (typeof text === "object" ? text.value : text);

/** Parses XML the strict way (XML 1.0 well-formedness, characters included); throws on the first error. */
function strictXml(xml: string): void {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

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

  it("give the right instant in the week the shipped Israeli rules get wrong, by writing it in UTC", () => {
    // Israel's summer time starts on the Friday before March's last Sunday: 24 March in 2028. The VTIMEZONE
    // that comes with the library says March's last Friday, the 31st, so a meetup on the 28th is checked
    // against it, found an hour off, and written in UTC.
    const week = hostile({ start: "2028-03-28T19:00:00+03:00", end: "2028-03-28T21:00:00+03:00", day: "2028-03-28" });
    const [event] = parseCalendar(buildCalendar([week], () => []));
    expect(event!.startDate.toJSDate().toISOString()).toBe("2028-03-28T16:00:00.000Z");
    expect(event!.endDate.toJSDate().toISOString()).toBe("2028-03-28T18:00:00.000Z");
    expect(event!.startDate.zone.tzid).toBe("UTC");
    // A week later the rules agree again, and the zone is named.
    const later = hostile({ start: "2028-04-04T19:00:00+03:00", end: "2028-04-04T21:00:00+03:00", day: "2028-04-04" });
    const [named] = parseCalendar(buildCalendar([later], () => []));
    expect(named!.startDate.zone.tzid).toBe("Asia/Jerusalem");
    expect(named!.startDate.toJSDate().toISOString()).toBe("2028-04-04T16:00:00.000Z");
  });

  it("give both times of the hour Israel's clocks show twice in autumn, by writing them in UTC", () => {
    // 25 October 2026: 01:30 comes at +03:00 and again at +02:00. RFC 5545 reads a repeated local time as the
    // first, ical.js as the second: a zone's name would put one of the two an hour off somewhere.
    for (const start of ["2026-10-25T01:30:00+03:00", "2026-10-25T01:30:00+02:00"]) {
      const night = hostile({ start, end: "2026-10-25T03:00:00+02:00", day: "2026-10-25" });
      const [event] = parseCalendar(buildCalendar([night], () => []));
      expect(event!.startDate.zone.tzid).toBe("UTC");
      expect(event!.startDate.toJSDate().getTime()).toBe(Date.parse(start));
    }
    // The same night's 03:00, shown once, keeps the zone's name.
    const after = hostile({ start: "2026-10-25T03:00:00+02:00", end: "2026-10-25T04:00:00+02:00", day: "2026-10-25" });
    expect(parseCalendar(buildCalendar([after], () => []))[0]!.startDate.zone.tzid).toBe("Asia/Jerusalem");
  });

  it("carry the venue, the page's URL and a short description", () => {
    const e = events[0]!;
    expect(e.location).toBe("Fixture Hall, 1 Example St, Tel Aviv");
    expect(e.description).toContain("Tracing the scheduler with eBPF");
    expect(e.description).toContain("https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/");
    expect(e.component.getFirstPropertyValue("url")).toBe("https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/");
  });

  it("make a meetup known only by its day an all-day event, where the group meets when it has no venue", () => {
    expect(events[2]!.startDate.isDate).toBe(true);
    expect(events[2]!.startDate.toString()).toBe("2018-05-01");
    expect(events[2]!.location).toBe("Tel Aviv-Yafo");
  });

  it("end every line with CRLF, the last one too, as RFC 5545 says", () => {
    for (const text of [
      buildCalendar([ebpf, berlin, dayOnly], catalog.meetupSpeakers),
      buildCalendar([dayOnly], () => []),
    ]) {
      const lines = text.split("\r\n");
      expect(lines.at(-1)).toBe("");
      expect(lines.at(-2)).toBe("END:VCALENDAR");
      expect(lines.filter((l) => /[\r\n]/.test(l))).toEqual([]);
      expect(new ICAL.Component(ICAL.parse(text)).name).toBe("vcalendar");
    }
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

  it("give Google a meetup without hours on its own day, whatever the zone", () => {
    const dates = (m: Meetup) => new URL(calendarLinks(m, []).google).searchParams.get("dates");
    expect(dates(dayOnly)).toBe("20180501/20180502");
    expect(dates({ ...dayOnly, timeZone: "Pacific/Kiritimati", start: "2018-05-01T00:00:00+14:00" })).toBe(
      "20180501/20180502",
    );
  });

  it("give Outlook the times with the meetup's offset", () => {
    const url = new URL(links.outlook);
    expect(url.searchParams.get("startdt")).toBe("2099-03-10T19:00:00+02:00");
    expect(url.searchParams.get("enddt")).toBe("2099-03-10T21:15:00+02:00");
    expect(url.searchParams.get("subject")).toBe("eBPF Everywhere");
  });
});

describe("feeds, as feed readers read them", () => {
  const updated = new Date("2026-11-25T00:00:00Z");
  const rss = parseRssFeed(writeFeed("rss", catalog.allMeetups(), catalog.meetupSpeakers, updated));
  const atom = parseAtomFeed(writeFeed("atom", catalog.allMeetups(), catalog.meetupSpeakers, updated));
  const jsonText = writeFeed("json", catalog.allMeetups(), catalog.meetupSpeakers, updated);
  const json = parseJsonFeed(JSON.parse(jsonText));
  // A meetup whose plans changed says so first (test/unit/plans-change.test.ts).
  const titles = [
    "Guest Night in Berlin",
    "Summer Scheduling",
    "Online: Scheduler Night, Online",
    "Moved: io_uring Deep Dive",
    "eBPF Everywhere",
    "Postponed: Filesystems Evening",
    "Cancelled: Kernel Hacking Night",
    "A Post Without a Schedule",
    "Tracing in Winter",
    "Breaking the Wall - Handling Things in Userspace",
    "Memory Models",
    "Linux kernel namespaces and cgroups subsytems by Rami Rosen",
  ];

  it("RSS 2.0 lists every meetup newest first with absolute links", () => {
    expect(rss.items!.map((i) => i.title)).toEqual(titles);
    expect(rss.items![0]!.link).toBe("https://kerneltlv.com/meetups/2099-10-20-berlin-guest-night/");
    expect(new Date(rss.items![0]!.pubDate!).toISOString()).toBe("2099-10-20T16:30:00.000Z");
  });

  it("Atom and JSON Feed carry the same entries", () => {
    expect(atom.entries!.map((e) => atomText(e.title))).toEqual(titles);
    expect(json.items!.map((i) => i.title)).toEqual(titles);
    expect(json.items!.map((i) => i.url)).toContain("https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/");
  });

  it("JSON Feed is version 1.1, with the language and each item's dates", () => {
    expect((JSON.parse(jsonText) as { version: string }).version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.language).toBe("en");
    const item = json.items!.find((i) => i.url === "https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/")!;
    expect(new Date(item.date_published!).toISOString()).toBe("2099-03-10T17:00:00.000Z");
    expect(new Date(item.date_modified!).toISOString()).toBe("2099-03-10T17:00:00.000Z");
  });

  it("name every speaker: Atom's authors, JSON Feed's authors, RSS's dc:creator once each, never RSS's <author>", () => {
    const trio = hostile({
      slug: "trio",
      schedule: [
        { ...ebpf.schedule.find((s) => s.kind === "talk")!, speakers: ["a", "b"] },
        { ...ebpf.schedule.find((s) => s.kind === "talk")!, speakers: ["c", "a"] },
      ],
    });
    const person = (slug: string, name: string) => ({ ...catalog.getSpeaker("dana-fixture")!, slug, name });
    const people = [person("a", "Ada"), person("b", "Bo"), person("c", "Cy"), person("a", "Ada")];
    const rssText = writeFeed("rss", [trio], () => people, updated);
    const rssItem = parseRssFeed(rssText).items![0]!;
    expect(rssItem.dc?.creators).toEqual(["Ada", "Bo", "Cy"]);
    expect(rssItem.authors ?? []).toEqual([]);
    expect(new XMLParser().parse(rssText).rss.channel.item.author).toBeUndefined();
    const atomEntry = parseAtomFeed(writeFeed("atom", [trio], () => people, updated)).entries![0]!;
    expect(atomEntry.authors!.map((a) => [a.name, a.uri])).toEqual([
      ["Ada", "https://kerneltlv.com/speakers/a/"],
      ["Bo", "https://kerneltlv.com/speakers/b/"],
      ["Cy", "https://kerneltlv.com/speakers/c/"],
    ]);
    const jsonItem = parseJsonFeed(JSON.parse(writeFeed("json", [trio], () => people, updated))).items![0]!;
    expect(jsonItem.authors!.map((a) => a.name)).toEqual(["Ada", "Bo", "Cy"]);
  });

  it("give an Atom entry without speakers an author, as RFC 4287 requires: the group's, named by the feed", () => {
    const atomText = writeFeed("atom", [dayOnly], () => [], updated);
    const feed = parseAtomFeed(atomText);
    expect(feed.entries![0]!.authors ?? []).toEqual([]);
    expect(feed.authors!.map((a) => [a.name, a.uri])).toEqual([["KernelTLV", "https://kerneltlv.com/"]]);
    expect(new XMLParser().parse(atomText).feed.author.name).toBe("KernelTLV");
    expect(parseJsonFeed(JSON.parse(writeFeed("json", [dayOnly], () => [], updated))).authors).toEqual([
      { name: "KernelTLV", url: "https://kerneltlv.com/" },
    ]);
  });

  it("keep a title and summary with markup characters as their text, where readers read them as HTML", () => {
    const title = "Inside <linux/list.h> & <sched.h>";
    const summary = "Why list_add() takes a <struct list_head *> & more.";
    const listy = hostile({ title, summary });
    // Atom's title and summary are HTML (type="html"), as is RSS's description: a reader shows their text.
    const entry = parseAtomFeed(writeFeed("atom", [listy], () => [], updated)).entries![0]!;
    expect(entry.title).toMatchObject({ type: "html" });
    expect(htmlText(atomText(entry.title)!)).toBe(title);
    expect(htmlText(atomText(entry.summary)!)).toMatch(
      /^Tuesday, .*\. Why list_add\(\) takes a <struct list_head \*> & more\.$/,
    );
    const item = parseRssFeed(writeFeed("rss", [listy], () => [], updated)).items![0]!;
    // RSS's title is plain text.
    expect(item.title).toBe(title);
    expect(htmlText(item.description!)).toContain(summary);
    // JSON Feed's title and summary are plain text.
    const jsonItem = parseJsonFeed(JSON.parse(writeFeed("json", [listy], () => [], updated))).items![0]!;
    expect(jsonItem.title).toBe(title);
    expect(jsonItem.summary).toContain(summary);
  });

  it("carry the latest meetups only, newest first, once the archive is longer than a feed", () => {
    // A monthly meetup over years, handed over in no particular order.
    const archive = Array.from({ length: FEED_ITEMS + 12 }, (_, i) => {
      const start = new Date(Date.UTC(2020, i, 15, 16));
      return hostile({ slug: `meetup-${i}`, title: `Meetup ${i}`, start: start.toISOString() });
    }).reverse();
    archive.push(archive.splice(5, 1)[0]!);
    const items = parseRssFeed(writeFeed("rss", archive, () => [], updated)).items!;
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items[0]!.title).toBe(`Meetup ${FEED_ITEMS + 11}`);
    expect(items.at(-1)!.title).toBe("Meetup 12");
    expect(parseJsonFeed(JSON.parse(writeFeed("json", archive, () => [], updated))).items).toHaveLength(FEED_ITEMS);
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
    expect(data.location).toMatchObject({ "@type": "Place", name: "Tel Aviv-Yafo" });
  });

  it("gives a meetup without a venue where the group meets, in its city, and one without speakers no performer", () => {
    const data = JSON.parse(jsonLdText(eventJsonLd(dayOnly, [], new Date("2026-11-25T00:00:00Z")))) as Record<
      string,
      unknown
    >;
    expect(data.location).toEqual({
      "@type": "Place",
      name: "Tel Aviv-Yafo",
      address: { "@type": "PostalAddress", addressLocality: "Tel Aviv", addressCountry: "IL" },
    });
    expect(data).not.toHaveProperty("performer");
  });

  it("says the meetup's language when it has one", () => {
    const now = new Date("2026-11-25T00:00:00Z");
    expect(eventJsonLd({ ...ebpf, language: "he" }, [], now)).toMatchObject({ inLanguage: "he" });
    expect(eventJsonLd({ ...ebpf, language: undefined }, [], now)).not.toHaveProperty("inLanguage");
  });

  it("describes a speaker as a Person with their links", () => {
    expect(personJsonLd(catalog.getSpeaker("dana-fixture")!)).toMatchObject({
      "@type": "Person",
      jobTitle: "Kernel engineer, Example Corp",
      sameAs: ["https://github.com/example", "https://example.com"],
    });
  });
});

describe("calendar files hold whatever a title says", () => {
  it("escape a calendar's name as TEXT, so that its commas and semicolons read back as written", () => {
    const title = "Scheduler Night, Online; C:\\ part 2";
    const text = buildCalendar([hostile({ title })], () => [], title).toString();
    // ical.js knows neither NAME (RFC 7986) nor X-WR-CALNAME and gives them raw: read as the TEXT they are
    // (an X- property's value is TEXT by default, RFC 5545, 3.8.8.2).
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const property of ["name", "x-wr-calname"]) {
      const raw = cal.getFirstPropertyValue(property) as string;
      expect(raw).toBe("Scheduler Night\\, Online\\; C:\\\\ part 2");
      expect(ICAL.design.icalendar.value.text!.fromICAL!(raw)).toBe(title);
    }
  });

  const evil = "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\nUID:x\u0007\u0000";

  it("keep a title with line breaks and control characters inside its own property, in the meetup's own file too", () => {
    const m = hostile({ title: evil, venue: { name: "Hall\nX-EVIL:1", address: "1 St" }, summary: "a\r\nb" });
    const text = buildCalendar([m], () => [], m.title).toString();
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getAllSubcomponents("vevent")).toHaveLength(1);
    expect(cal.getAllProperties().map((p) => p.name)).not.toContain("uid");
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Evil END:VEVENT BEGIN:VEVENT SUMMARY:Injected UID:x");
    const event = new ICAL.Event(cal.getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("Evil END:VEVENT BEGIN:VEVENT SUMMARY:Injected UID:x");
    expect(event.location).toBe("Hall X-EVIL:1, 1 St");
    expect(event.component.getAllProperties().map((p) => p.name)).not.toContain("x-evil");
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it("carry a VTIMEZONE for every zone they name, or write the time in UTC, and every instant reads back right", () => {
    const at = (start: string, end: string, timeZone: string): Meetup =>
      hostile({ slug: `m-${start}`, start, end, timeZone });
    const meetups = [
      at("2099-03-10T19:00:00+02:00", "2099-03-10T21:00:00+02:00", "Asia/Jerusalem"),
      at("2099-07-05T19:00:00+00:00", "2099-07-05T21:00:00+00:00", "UTC"),
      at("2099-07-05T19:00:00-05:00", "2099-07-05T21:00:00-05:00", "Etc/GMT+5"),
      // Israel's rules of 2010 aren't today's: its VTIMEZONE would be an hour out.
      at("2010-09-20T19:00:00+02:00", "2010-09-20T21:00:00+02:00", "Asia/Jerusalem"),
      // Local mean time, +02:20:40.
      at("1900-01-01T16:39:20Z", "1900-01-01T18:39:20Z", "Asia/Jerusalem"),
      // A zone @touch4it/ical-timezones doesn't ship.
      at("2099-07-05T19:00:00-06:00", "2099-07-05T21:00:00-06:00", "America/Ciudad_Juarez"),
    ];
    const text = buildCalendar(meetups, () => []).toString();
    const cal = new ICAL.Component(ICAL.parse(text));
    const shipped = cal.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"));
    const events = parseCalendar(text);
    events.forEach((e, i) => {
      const zone = e.startDate.zone.tzid;
      if (zone !== "UTC") expect(shipped).toContain(zone);
      expect(e.startDate.toJSDate().toISOString()).toBe(new Date(meetups[i]!.start).toISOString());
      expect(e.endDate.toJSDate().toISOString()).toBe(new Date(meetups[i]!.end).toISOString());
    });
    // The shipped Etc/GMT+5 says +05:00 (the POSIX sign trap): checked, found wrong, written in UTC.
    expect(events.map((e) => e.startDate.zone.tzid)).toEqual(["Asia/Jerusalem", "UTC", "UTC", "UTC", "UTC", "UTC"]);
  });
});

describe("feeds stay well-formed whatever a title or topic says", () => {
  const m = hostile({
    title: "Bell\u0007 <b>&amp; ]]> \u0000end\uffff",
    topics: ["C<T>", "a&b", 'quote"d', "\u001bescape"],
    summary: "sum\u000bmary <x>",
    bodyHtml: "<p>body ]]> \u0008</p>",
  });
  const speaker = { ...catalog.getSpeaker("dana-fixture")!, name: "Dana <\u0001>" };
  const updated = new Date("2026-11-25T00:00:00Z");

  it.each(["rss", "atom"] as const)("%s parses as strict XML and keeps the text", (format) => {
    const xml = writeFeed(format, [m], () => [speaker], updated);
    expect(() => strictXml(xml)).not.toThrow();
    // As a reader shows it: Atom's title is HTML (type="html"), RSS's plain text.
    const title =
      format === "rss"
        ? parseRssFeed(xml).items![0]!.title!
        : htmlText(atomText(parseAtomFeed(xml).entries![0]!.title)!);
    expect(title).toBe("Bell <b>&amp; ]]> end");
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const categories = format === "rss" ? parsed.rss.channel.item.category : parsed.feed.entry.category;
    const names = (categories as (string | Record<string, string>)[]).map((c) =>
      typeof c === "string" ? c : (c["@_label"] ?? c["#text"]),
    );
    expect(names).toEqual(["C<T>", "a&b", 'quote"d', "escape"]);
  });

  it("json parses and keeps the topics", () => {
    const json = JSON.parse(writeFeed("json", [m], () => [speaker], updated)) as {
      items: { tags: string[]; title: string }[];
    };
    expect(json.items[0]!.tags).toEqual(["C<T>", "a&b", 'quote"d', "escape"]);
    expect(json.items[0]!.title).toBe("Bell <b>&amp; ]]> end");
  });
});

describe("feeds stay well-formed whatever a body holds", () => {
  // C code easily has "]]>", which ends a CDATA section: twice, as in `map[idx[i]]>0`.
  const code = "<pre><code>if (map[idx[i]]&gt;0 &amp;&amp; b[c[d]]]]>1) x[y[z]]>2;</code></pre>";
  const m = hostile({ title: "a[b[c]]> and d[e[f]]> again", summary: "x]]>y]]>z", bodyHtml: `<p>Log:</p>${code}` });
  const updated = new Date("2026-11-25T00:00:00Z");

  it.each(["rss", "atom"] as const)(
    "%s with ]]> in the title, the summary and the body twice is well-formed",
    (format) => {
      const xml = writeFeed(format, [m], () => [], updated);
      expect(() => strictXml(xml)).not.toThrow();
      if (format === "rss") {
        const item = parseRssFeed(xml).items![0]!;
        expect(item.title).toBe(m.title);
        expect(htmlText(item.description!)).toContain("x]]>y]]>z");
        expect(item.content?.encoded).toContain(code);
      } else {
        const entry = parseAtomFeed(xml).entries![0]!;
        expect(htmlText(atomText(entry.title)!)).toBe(m.title);
        expect(htmlText(atomText(entry.summary)!)).toContain("x]]>y]]>z");
        expect(atomText(entry.content)).toContain(code);
      }
    },
  );
});

describe("link-preview images", () => {
  it("have an address for what their card shows, so a chat that keeps images by address shows a change of plans", () => {
    const m = meetups.find((x) => x.status === "scheduled")!;
    const address = (card: PreviewCard) => {
      const { openGraph, twitter } = pageMetadata({ preview: { page: meetupPath(m.slug), alt: "A meetup", card } });
      const [og] = openGraph!.images as { url: string }[];
      expect((twitter!.images as { url: string }[])[0]!.url).toBe(og!.url);
      return og!.url;
    };
    const before = address(meetupPreview(m, []));
    expect(before).toBe(`/meetups/${m.slug}/preview.png?v=${before.slice(-8)}`);
    expect(before).toMatch(/\?v=[0-9a-f]{8}$/);
    expect(address(meetupPreview(m, []))).toBe(before);
    expect(address(meetupPreview({ ...m, status: "cancelled" }, []))).not.toBe(before);
  });
});
