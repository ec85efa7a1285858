import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Window } from "happy-dom";
import { EmbedCard } from "@/components/EmbedCard";
import { EventTime } from "@/components/EventTime";
import { MeetupFacts } from "@/components/MeetupFacts";
import { loadContent } from "@/lib/content/load";
import { htmlText } from "@/lib/site/text";
import { contentFolder, loadHebrewSite, meetupOrThrow, readMeetup, root } from "./helpers";

const contractExample = `---
title: "Breaking the Wall - Handling Things in Userspace"
date: 2016-07-12T19:00:00+03:00
end: 2016-07-12T21:00:00+03:00
timezone: Asia/Jerusalem
venue:
  name: "Some Hall"
  address: "1 Example St, Tel Aviv"
  map: "https://www.openstreetmap.org/"
rsvp: "https://www.meetup.com/group/events/1/"
summary: "One or two sentences."
topics: [userfaultfd, interrupts]
draft: false
schedule:
  - time: "19:00"
    end: "19:15"
    title: Mingling
  - time: "19:15"
    end: "20:00"
    title: userfaultfd and post-copy migration of VMs and containers
    speakers: [mike-rapoport]
    abstract: |
      Markdown text about the **talk**.
    slides: "https://example.com/s.pdf"
    video: "https://example.com/v"
  - time: "20:00"
    end: "20:15"
    title: Break
---
Markdown body: the announcement text.
`;

// The contract's "More about a meetup" example, as written there (after a title and a date).
const contractMoreExample = `---
title: T
date: 2016-07-12T19:00:00+03:00
language: en                       # the meetup's language (an IETF tag: en, he, ...); default: the site's
venue:
  name: "Some Hall"
  address: "1 Example St, Tel Aviv"
  geo: [32.0853, 34.7818]          # latitude, longitude: map links (OpenStreetMap, Google, Apple) and search engines
  directions: "Third floor; the entrance is from the side street."   # Markdown
  accessibility: "Step-free entrance, lift to every floor."            # Markdown
online: "https://www.youtube.com/watch?v=..."   # live stream or join link: shown before and during the meetup
hosts:                             # who hosts or sponsors the evening
  - name: "Example Corp"
    url: "https://example.com"
    logo: /hosts/example-corp.svg  # under public/; optional
photos:                            # added after the evening
  - src: /photos/2016-07-12/01.jpg # under public/
    alt: "A full room during the first talk"   # required: what the photo shows
schedule:
  - time: "19:15"
    end: "20:00"
    title: ...
    language: he                   # the talk's language; default: the meetup's
    video: "https://www.youtube.com/watch?v=..."  # YouTube, Vimeo, PeerTube or any https URL
    slides: "https://speakerdeck.com/..."         # any https URL, or a PDF under public/
---
`;

describe("a structured meetup", () => {
  it("accepts the contract's example as written", () => {
    const m = meetupOrThrow(contractExample);
    expect(m.start).toBe("2016-07-12T19:00:00+03:00");
    expect(m.end).toBe("2016-07-12T21:00:00+03:00");
    expect(m.venue).toEqual({
      name: "Some Hall",
      address: "1 Example St, Tel Aviv",
      map: "https://www.openstreetmap.org/",
    });
    expect(m.rsvp).toBe("https://www.meetup.com/group/events/1/");
    expect(m.topics).toEqual(["userfaultfd", "interrupts"]);
    expect(m.schedule.map((s) => [s.start, s.end, s.kind])).toEqual([
      ["2016-07-12T19:00:00+03:00", "2016-07-12T19:15:00+03:00", "break"],
      ["2016-07-12T19:15:00+03:00", "2016-07-12T20:00:00+03:00", "talk"],
      ["2016-07-12T20:00:00+03:00", "2016-07-12T20:15:00+03:00", "break"],
    ]);
    expect(m.schedule[1]?.speakers).toEqual(["mike-rapoport"]);
    expect(m.schedule[1]?.abstractHtml).toBe('<p dir="auto">Markdown text about the <strong>talk</strong>.</p>');
    expect(m.bodyHtml).toBe('<p dir="auto">Markdown body: the announcement text.</p>');
  });

  it("accepts the contract's example of more about a meetup as written, its video a link", () => {
    const fixtures = path.join(root, "test/fixtures/hebrew/public");
    const publicDir = contentFolder({
      "hosts/example-corp.svg": fs.readFileSync(path.join(fixtures, "hosts/example-labs.svg")),
      "photos/2016-07-12/01.jpg": fs.readFileSync(path.join(fixtures, "speakers/noa-levi.jpg")),
    });
    const { meetups, problems } = loadContent(contentFolder({ "meetups/m.md": contractMoreExample }), { publicDir });
    expect(problems).toEqual([]);
    // "watch?v=..." names no video YouTube could play here: the talk links to it, as to any other address.
    expect(meetups[0]?.schedule[0]?.recording).toEqual({
      url: "https://www.youtube.com/watch?v=...",
      provider: "other",
    });
  });

  it("ends with its last slot when no end is given", () => {
    const m = meetupOrThrow(contractExample.replace(/^end: .*\n/m, ""));
    expect(m.end).toBe("2016-07-12T20:15:00+03:00");
  });

  it("ends two hours after the start without an end or a schedule", () => {
    const m = meetupOrThrow(`---\ntitle: T\ndate: 2099-01-05T19:00:00+02:00\n---\nBody.\n`);
    expect(m.end).toBe("2099-01-05T21:00:00+02:00");
  });

  it("is in the site's zone unless it names its own", () => {
    expect(meetupOrThrow(`---\ntitle: T\ndate: 2099-01-05T19:00\n---\n`).start).toBe("2099-01-05T19:00:00+02:00");
    const berlin = meetupOrThrow(`---\ntitle: T\ndate: 2099-07-05T19:00\ntimezone: Europe/Berlin\n---\n`);
    expect(berlin.start).toBe("2099-07-05T19:00:00+02:00");
    expect(berlin.timeZone).toBe("Europe/Berlin");
  });

  it("starts at the first slot when the date is a bare day", () => {
    const m = meetupOrThrow(
      `---\ntitle: T\ndate: 2099-07-05\nschedule:\n  - time: "18:30"\n    end: "19:00"\n    title: Doors\n---\n`,
    );
    expect(m.start).toBe("2099-07-05T18:30:00+03:00");
    expect(m.hasTime).toBe(true);
  });

  describe("an evening past midnight, its end: written on the next day", () => {
    const night = (...slots: [string, string][]) =>
      `---\ntitle: T\ndate: 2099-03-07T20:00\nend: 2099-03-08T03:30\ntimezone: America/New_York\nschedule:\n` +
      slots.map(([time, end], i) => `  - time: "${time}"\n    end: "${end}"\n    title: Slot ${i + 1}\n`).join("") +
      `---\n`;

    it("places a slot's times after midnight on the next day", () => {
      const m = meetupOrThrow(night(["20:00", "23:30"], ["23:30", "00:30"], ["00:30", "01:45"]));
      expect(m.schedule.map((s) => [s.start, s.end])).toEqual([
        ["2099-03-07T20:00:00-05:00", "2099-03-07T23:30:00-05:00"],
        ["2099-03-07T23:30:00-05:00", "2099-03-08T00:30:00-05:00"],
        ["2099-03-08T00:30:00-05:00", "2099-03-08T01:45:00-05:00"],
      ]);
    });

    it("still refuses a time the next day's clocks skip, naming that day", () => {
      const { problems } = readMeetup(night(["20:00", "02:30"]));
      expect(problems.map((p) => [p.field, p.message])).toEqual([
        [
          'schedule, slot 1 ("Slot 1"), end',
          expect.stringMatching(/^02:30 doesn't exist on 2099-03-08 in America\/New_York/),
        ],
      ]);
    });

    it("still refuses a first slot before the evening starts, and a slot after it ends", () => {
      const { problems } = readMeetup(night(["19:00", "20:00"], ["20:00", "04:00"]));
      expect(problems.map((p) => p.message)).toEqual([
        expect.stringMatching(/^expected a time at or after the meetup's start \(date: 20:00\), got "19:00"/),
        expect.stringMatching(/^expected a time after 20:00, got "04:00"$/),
      ]);
    });
  });

  it("refuses a day its zone skips whole, and takes one whose midnight is skipped from its first hour", () => {
    const day = (date: string, zone: string) => `---\ntitle: T\ndate: ${date}\ntimezone: ${zone}\n---\nBody.\n`;
    expect(readMeetup(day("2011-12-30", "Pacific/Apia")).problems.map((p) => [p.field, p.message])).toEqual([
      ["date", "2011-12-30 doesn't exist in Pacific/Apia: the clocks skip that day; expected another day"],
    ]);
    expect(meetupOrThrow(day("2011-12-29", "Pacific/Apia")).end).toBe("2011-12-31T00:00:00+14:00");
    // Chile's clocks went from 2022-09-10 24:00 to 2022-09-11 01:00.
    expect(meetupOrThrow(day("2022-09-11", "America/Santiago")).start).toBe("2022-09-11T01:00:00-03:00");
  });

  it("takes a slot's end from the next slot when it has none", () => {
    const m = meetupOrThrow(
      `---\ntitle: T\ndate: 2099-07-05T19:00:00+03:00\nschedule:\n  - time: "19:00"\n    title: Doors\n  - time: "19:30"\n    end: "20:00"\n    title: Talk\n    speakers: [a]\n---\n`,
    );
    expect(m.schedule[0]?.end).toBe("2099-07-05T19:30:00+03:00");
  });

  it("takes the summary from the first paragraph of the body when none is given", () => {
    const m = meetupOrThrow(
      `---\ntitle: T\ndate: 2099-07-05T19:00:00+03:00\n---\n[RSVP](https://x.example/)\n\nFirst *real* paragraph.\n\nSecond.\n`,
    );
    expect(m.summary).toBe("First real paragraph.");
  });

  it("merges legacy categories and tags into topics, each once, leaving out the old site's section", () => {
    const m = meetupOrThrow(
      `---\ntitle: T\ndate: 2099-07-05T19:00:00+03:00\ntopics: [ebpf]\ncategories: meetups kernel\ntags: "ebpf xdp"\n---\n`,
    );
    expect(m.topics).toEqual(["ebpf", "kernel", "xdp"]);
  });

  it("keeps the raw HTML a page allows, sanitized", () => {
    const m = meetupOrThrow(
      `---\ntitle: T\ndate: 2099-07-05T19:00:00+03:00\n---\nHello <b>bold</b><br>\n<img src="/x.png" alt="x" width="10">\n`,
    );
    expect(m.bodyHtml).toBe('<p dir="auto">Hello <b>bold</b><br>\n<img src="/x.png" alt="x" width="10"></p>');
  });

  it("makes one link of an old post's link around an autolink", () => {
    const m = meetupOrThrow(
      `---\ntitle: T\ndate: 2099-07-05T19:00:00+03:00\n---\nSite -[<http://a.example/>](http://b.example/)\n`,
    );
    expect(m.bodyHtml).toBe('<p dir="auto">Site -<a href="http://b.example/">http://a.example/</a></p>');
  });

  it("gives the same times whatever the machine's TZ", () => {
    const m = meetupOrThrow(contractExample);
    expect(m.day).toBe("2016-07-12");
    expect(m.schedule[0]?.start).toBe("2016-07-12T19:00:00+03:00");
  });
});

describe("when a meetup is, as its page says it", () => {
  const when = (meetup: Parameters<typeof EventTime>[0]["meetup"]) =>
    htmlText(renderToStaticMarkup(createElement(EventTime, { meetup })));

  it("says that an evening past midnight ends the next day, and names the day of one that ends later", () => {
    const night = loadHebrewSite().meetups.find((m) => m.slug === "2099-03-07-hack-night")!;
    expect(when(night)).toMatch(/20:00–03:30 \(next day\) /);
    expect(when({ ...night, end: "2099-03-09T17:00:00-04:00" })).toMatch(/20:00–17:00 \(until Monday, 9 March 2099\) /);
    expect(when({ ...night, end: "2099-03-07T23:00:00-05:00" })).toMatch(/20:00–23:00 [^(]/);
  });
});

describe("where a meetup without a venue is, as its page and its card say it", () => {
  const noVenue = meetupOrThrow(
    '---\ntitle: "Hack night"\ndate: 2099-03-10T19:00:00+02:00\nend: 2099-03-10T21:00:00+02:00\n---\nAt the usual place.\n',
  );
  const before = Date.parse("2099-03-01T12:00:00Z");
  const after = Date.parse("2099-03-11T12:00:00Z");
  // What a visitor sees: the markup with every element the page hides (the hidden attribute) taken out.
  const shown = (component: typeof MeetupFacts | typeof EmbedCard, builtAt: number) => {
    const doc = new Window().document;
    doc.body.innerHTML = renderToStaticMarkup(createElement(component, { meetup: noVenue, builtAt }));
    doc.querySelectorAll("[hidden]").forEach((el) => el.remove());
    return { text: doc.body.textContent ?? "", terms: [...doc.querySelectorAll("dt")].map((dt) => dt.textContent) };
  };

  it.each([MeetupFacts, EmbedCard])(
    "is to be announced while it is to come, and not said at all once it is over",
    (component) => {
      expect(shown(component, before).text).toContain("Venue to be announced");
      expect(shown(component, before).terms).toContain("Where");
      expect(shown(component, after).text).not.toMatch(/venue/i);
      expect(shown(component, after).terms).not.toContain("Where");
    },
  );
});
