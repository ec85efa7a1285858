import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { buildCalendar, calendarLinks } from "@/lib/outputs/calendar";
import { createCatalog } from "@/lib/site/catalog";
import { loadContent, type LoadedContent } from "@/lib/content/load";
import type { Meetup } from "@/lib/content/schema";
import { writeBridge } from "@/lib/build/bridge";
import { FEED_ITEMS, writeFeed } from "@/lib/outputs/feeds";
import { en } from "@/lib/i18n/en";
import { undrawableLetter } from "@/lib/outputs/og/fonts";
import { arrangeHome, localLabel, phaseAt, relativeLabel } from "@/lib/site/phases";

const TEXT = { locale: en.locale, dir: "ltr" as const, ...en.live };
import { eventJsonLd, jsonLdText, personJsonLd } from "@/lib/outputs/structured-data";
import {
  FIRST_YEAR,
  formatDay,
  formatHours,
  formatShortDay,
  readWallClock,
  yearInZone,
  zoneLabel,
} from "@/lib/site/time";
import { contentFolder } from "./helpers";

// Whatever the content check accepts, the build builds: valid but unusual
// content goes through the gate, then through the data code the pages use, and
// everything it makes must parse.

const ZONES = [...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/GMT+5", "Etc/GMT-14"];

const strictXml = (xml: string) => {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
};

/** Runs every piece of page data code over the gate's output, checking that what it makes can be read back. */
function exercisePages({ meetups, speakers, pages }: LoadedContent, now: Date): void {
  // What Contentlayer will read as data: plain JSON, nothing lost on the way.
  expect(JSON.parse(JSON.stringify({ meetups, speakers }))).toStrictEqual({ meetups, speakers });
  // The content step hands each document on as a file of its own, named by its slug.
  const bridge = contentFolder({});
  writeBridge({ meetups, speakers, pages }, bridge);
  for (const m of meetups) {
    expect(JSON.parse(fs.readFileSync(path.join(bridge, "meetups", `${m.slug}.json`), "utf8"))).toStrictEqual(m);
  }
  const catalog = createCatalog(meetups, speakers, { publish: true });
  const preview = createCatalog(meetups, speakers, { publish: false });
  const published = catalog.allMeetups();
  expect(catalog.upcomingMeetups(now).length + catalog.pastMeetups(now).length).toBe(published.length);
  expect(preview.meetupsByYear().flatMap((y) => y.meetups)).toHaveLength(meetups.length);
  for (const topic of catalog.allTopics()) expect(catalog.getTopic(topic.slug)).toBe(topic);
  for (const s of speakers) {
    catalog.talksBy(s.slug);
    JSON.parse(jsonLdText(personJsonLd(s)));
  }

  for (const m of meetups) {
    const people = catalog.meetupSpeakers(m);
    expect(new Date(m.start).getTime()).toBeLessThanOrEqual(new Date(m.end).getTime());
    formatDay(m.start, m.timeZone);
    formatShortDay(m.start, m.timeZone);
    formatHours(m.start, m.end, m.timeZone);
    zoneLabel(m.timeZone);
    expect(yearInZone(m.start, m.timeZone)).toBe(Number(m.day.slice(0, 4)));
    phaseAt(m.start, m.end, now.getTime());
    relativeLabel(m.start, m.end, m.timeZone, m.hasTime, now.getTime(), TEXT);
    localLabel(m.start, m.end, m.timeZone, m.hasTime, "America/Los_Angeles", TEXT);
    const links = calendarLinks(m, people);
    const googleDates = new URL(links.google).searchParams.get("dates")!;
    if (!m.hasTime) expect(googleDates.slice(0, 8)).toBe(m.day.replaceAll("-", ""));
    new URL(links.outlook);
    const data = JSON.parse(jsonLdText(eventJsonLd(m, people, now))) as { startDate: string };
    expect(Number.isNaN(Date.parse(data.startDate))).toBe(false);

    // The meetup's own .ics: one event, at the meetup's instants, in a zone the file defines or in UTC.
    const cal = new ICAL.Component(ICAL.parse(buildCalendar([m], catalog.meetupSpeakers, m.title).toString()));
    const zones = cal.getAllSubcomponents("vtimezone").map((z) => new ICAL.Timezone(z));
    for (const z of zones) ICAL.TimezoneService.register(z);
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.summary).toBe(m.title);
    if (m.hasTime) {
      const tzid = event.startDate.zone.tzid;
      expect(tzid === "UTC" || zones.some((z) => z.tzid === tzid), `${m.timeZone} ${m.start}: ${tzid}`).toBe(true);
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(m.start));
      expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(m.end));
    } else {
      expect(event.startDate.toString()).toBe(m.day);
    }
    for (const z of zones) ICAL.TimezoneService.remove(z.tzid);
  }

  const live = (list: Meetup[]) => list.map(({ slug, start, end }) => ({ slug, start, end }));
  arrangeHome(live(catalog.upcomingMeetups(now)), live(catalog.pastMeetups(now)), 3, now.getTime());

  const speakersOf = catalog.meetupSpeakers;
  const xml = new XMLParser();
  // A feed carries the latest FEED_ITEMS meetups: every meetup goes through one, a feed's worth at a time.
  for (let i = 0; i < published.length; i += FEED_ITEMS) {
    const batch = published.slice(i, i + FEED_ITEMS);
    for (const format of ["rss", "atom"] as const) {
      const text = writeFeed(format, batch, speakersOf, now);
      strictXml(text);
      xml.parse(text);
    }
    const json = JSON.parse(writeFeed("json", batch, speakersOf, now)) as { items: unknown[] };
    expect(json.items).toHaveLength(batch.length);
  }
  buildCalendar(published, speakersOf).toString();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A day and a time the clocks show in `zone` (a skipped time moves on by two hours). */
function shownTime(day: string, minutes: number, zone: string): string {
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  return readWallClock(day, time, zone).skipped ? `${pad(Math.floor(minutes / 60) + 2)}:${pad(minutes % 60)}` : time;
}

const speakers = {
  "speakers/dana.md": `---\nname: "דנה כהן 🐧"\nrole: "מהנדסת קרנל, Example"\n---\nשלום! Kernel & <b>eBPF</b>.\n`,
  "speakers/li.md": `---\nname: "李小龙"\n---\n`,
  "speakers/zoe.md": `---\nname: "Zoë O'Brien-Łukasiewicz"\nlinks:\n  website: "https://example.com/~zoe?a=1&b=<2>"\n---\n`,
};

describe("whatever the check accepts, the pages' data code handles", () => {
  it("a meetup in every zone of the tz database, on a day of its own", () => {
    const files: Record<string, string> = { ...speakers };
    ZONES.forEach((zone, i) => {
      const year = [FIRST_YEAR, 1980, 1993, 2011, 2016, 2024, 2026, 2038, 2099, 9999][i % 10]!;
      const day = `${year}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;
      const time = shownTime(day, 19 * 60, zone);
      files[`meetups/${day}-zone-${i}.md`] =
        `---\ntitle: ${JSON.stringify(`Night in ${zone}`)}\ndate: ${day}T${time}\ntimezone: ${zone}\n` +
        `topics: [${JSON.stringify(zone)}]\nschedule:\n  - time: "${time}"\n    title: Talk\n    speakers: [dana]\n---\nBody.\n`;
    });
    const content = loadContent(contentFolder(files));
    expect(content.problems).toEqual([]);
    expect(content.meetups).toHaveLength(ZONES.length);
    exercisePages(content, new Date("2026-11-25T12:00:00Z"));
  });

  it("valid but unusual meetups: old and far-future days, scripts, emoji, long titles, many slots", () => {
    const text = fc.oneof(
      fc.constantFrom(
        "ערב קרנל: eBPF ו-XDP",
        "内核之夜 🐧",
        "🚀🔥 Rust in the kernel 🦀",
        "Ünïcödé & <b>tags</b> \"quoted\" 'too'",
        "C<T> ]]> &amp;",
        "42",
        "1.10",
      ),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
      fc.string({ unit: "grapheme-composite", minLength: 200, maxLength: 400 }),
    );
    // What the gate takes in a one-line field: no control characters, not blank.
    const oneLine = text.filter(
      (t) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/.test(t) && t.trim() !== "",
    );
    // A meetup's title is drawn on its link-preview image, so it is made of the
    // scripts the site's fonts cover (the gate refuses the rest, see gate.test.ts).
    const letter = fc
      .oneof(
        fc.integer({ min: 0x20, max: 0x7e }),
        fc.integer({ min: 0x5d0, max: 0x5ea }),
        fc.integer({ min: 0x410, max: 0x44f }),
        fc.integer({ min: 0x3b1, max: 0x3c9 }),
        fc.integer({ min: 0x627, max: 0x64a }),
        fc.integer({ min: 0x4e00, max: 0x4fff }),
        fc.integer({ min: 0x3041, max: 0x3093 }),
        fc.integer({ min: 0xac00, max: 0xac50 }),
        fc.constantFrom(0x1f427, 0x1f680, 0x1f980, 0x1f525),
      )
      .map((cp) => String.fromCodePoint(cp));
    const title = fc
      .oneof(
        text,
        fc.array(letter, { minLength: 1, maxLength: 120 }).map((l) => l.join("")),
      )
      .filter(
        (t) => t.trim() !== "" && !/[\u0000-\u001f\u007f-\u009f]/.test(t) && undrawableLetter(t, 700) === undefined,
      );
    const meetupArb = fc.record({
      title,
      zone: fc.constantFrom(...ZONES),
      // The gate refuses years before FIRST_YEAR (local mean time; see lib/site/time.ts and gate.test.ts).
      year: fc.oneof(fc.integer({ min: FIRST_YEAR, max: 2100 }), fc.integer({ min: 2101, max: 9999 })),
      month: fc.integer({ min: 1, max: 12 }),
      dayOfMonth: fc.integer({ min: 1, max: 28 }),
      start: fc.integer({ min: 0, max: 20 * 60 }),
      slots: fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 45 }), title: oneLine, talk: fc.boolean() }), {
        maxLength: 30,
      }),
      // Mostly topics as organizers write them; now and then any text (the gate may refuse it).
      topics: fc.array(
        fc.oneof(
          {
            arbitrary: fc.constantFrom("eBPF", "tracing", "Tracing", "real-time", "קרנל", "内核", "C#", "🐧 penguins"),
            weight: 4,
          },
          { arbitrary: oneLine, weight: 1 },
        ),
        { maxLength: 4 },
      ),
      venue: fc.option(fc.record({ name: oneLine, address: oneLine })),
      draft: fc.boolean(),
      dayOnly: fc.boolean(),
      // The "to be announced" placeholder: with a time it may fit in the year, or not.
      lastDay: fc.oneof({ arbitrary: fc.constant(false), weight: 9 }, { arbitrary: fc.constant(true), weight: 1 }),
      longIntro: fc.boolean(),
    });
    let built = 0;
    fc.assert(
      fc.property(
        fc.array(meetupArb, { minLength: 1, maxLength: 4 }),
        fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (list, now) => {
          const files: Record<string, string> = { ...speakers };
          list.forEach((m, i) => {
            const day = m.lastDay ? "9999-12-31" : `${m.year}-${pad(m.month)}-${pad(m.dayOfMonth)}`;
            const lines = [`title: ${JSON.stringify(m.title)}`, `timezone: ${m.zone}`, `draft: ${m.draft}`];
            lines.push(`topics: ${JSON.stringify(m.topics)}`);
            if (m.venue)
              lines.push(
                `venue:\n  name: ${JSON.stringify(m.venue.name)}\n  address: ${JSON.stringify(m.venue.address)}`,
              );
            if (m.dayOnly) lines.push(`date: ${day}`);
            else {
              let minutes = m.start;
              const slots: string[] = [];
              const clock = (at: number) => `${pad(Math.floor(at / 60))}:${pad(at % 60)}`;
              for (const s of m.slots) {
                if (minutes + s.minutes > 23 * 60 + 59) break;
                const time = clock(minutes);
                minutes += s.minutes;
                slots.push(
                  `  - time: "${time}"\n    title: ${JSON.stringify(s.title)}${s.talk ? `\n    speakers: [dana, li]` : ""}`,
                );
              }
              // The last slot says when the evening ends; the others end as the next one starts.
              if (slots.length > 0) slots[slots.length - 1] += `\n    end: "${clock(minutes)}"`;
              lines.push(`date: ${day}T${pad(Math.floor(m.start / 60))}:${pad(m.start % 60)}`);
              if (slots.length > 0) lines.push(`schedule:\n${slots.join("\n")}`);
            }
            const intro = m.longIntro
              ? `${"A long sentence about the kernel and its scheduler, said again. ".repeat(30)}\n\n`
              : "";
            files[`meetups/m-${i}.md`] =
              `---\n${lines.join("\n")}\n---\n${intro}ערב על **הקרנל** 🐧, with [a link](https://example.com/${i}), ` +
              `[this page](/meetups/m-${i}/) and [the archive](/meetups/).\n`;
          });
          const content = loadContent(contentFolder(files), { publicDir: contentFolder({}) });
          // What the gate refuses is the organizer's to fix, said as such: never a failure of its own.
          for (const p of content.problems) {
            expect(p.field).not.toBe("");
            expect(p.message).not.toMatch(/please report|could not be read/);
          }
          if (content.problems.length > 0) return;
          built++;
          expect(content.meetups).toHaveLength(list.length);
          for (const m of content.meetups) expect(m.summary?.length ?? 0).toBeLessThanOrEqual(301);
          exercisePages(content, now);
        },
      ),
      { numRuns: 25, seed: Number(process.env.PROPERTY_SEED ?? 20261126) },
    );
    // Most generated content is valid: the property is about what the check accepts.
    expect(built).toBeGreaterThanOrEqual(10);
  });
});
