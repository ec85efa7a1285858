import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { contentDocuments } from "@/lib/build/content-step";
import { readHistory } from "@/lib/build/history";
import type { Meetup } from "@/lib/content/schema";
import { buildCalendar, buildTalkCalendar, hasTalkCalendar } from "@/lib/outputs/calendar";
import { writeFeed } from "@/lib/outputs/feeds";
import { meetupPreview } from "@/lib/outputs/previews";
import { eventJsonLd, jsonLdText } from "@/lib/outputs/structured-data";
import { createCatalog } from "@/lib/site/catalog";
import { loadContent } from "@/lib/content/load";
import { contentFolder, loadFixtureSite, loadHebrewSite, meetupOrThrow, speakerFile } from "./helpers";

// When plans change, what calendars, feeds, search engines and chats are told: each reads the
// same event under the same id, with a higher SEQUENCE, the new times or the cancellation.

function parseCalendar(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}
const property = (event: ICAL.Event, name: string) => event.component.getFirstPropertyValue(name);
const instant = (event: ICAL.Event, name: string) => (property(event, name) as ICAL.Time).toJSDate().toISOString();

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A content folder in a git repository of its own, committed as an organizer's pushes are, at the times given. */
function repository() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-history-"));
  scratch.push(root);
  const content = path.join(root, "content");
  const git = (args: string[], cwd = root, date = "2026-01-01T10:00:00Z") =>
    execFileSync(
      "git",
      ["-c", "user.name=Organizer", "-c", "user.email=o@example.org", "-c", "commit.gpgsign=false", ...args],
      {
        cwd,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        stdio: "pipe",
      },
    ).toString();
  git(["init", "-q"]);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
    fs.writeFileSync(path.join(content, rel), text);
  };
  write("speakers/dana.md", speakerFile("Dana"));
  return {
    root,
    content,
    write,
    git,
    commit(date: string, files: Record<string, string>) {
      for (const [rel, text] of Object.entries(files)) write(rel, text);
      git(["add", "-A"]);
      git(["commit", "-qm", `change of ${date}`], root, date);
    },
    /** One build's meetups, as the content step hands them on. */
    build(): Meetup[] {
      const { meetups, problems } = contentDocuments({ dir: content, publish: true });
      expect(problems).toEqual([]);
      return meetups;
    },
  };
}

const meetup = (front: string, body = "An evening of io_uring.") =>
  `---\ntitle: "io_uring Night"\n${front}\nvenue:\n  name: "Fixture Hall"\n  address: "1 Example St, Tel Aviv"\nschedule:\n  - time: "19:00"\n    end: "19:45"\n    title: "io_uring from the ground up"\n    speakers: [dana]\n---\n\n${body}\n`;
const FILE = "meetups/2099-04-07-io-uring.md";
const FIRST = "2026-01-01T10:00:00Z";
const SECOND = "2026-02-01T10:00:00Z";

/** The meetup's event and its talk's, as a calendar app reads them from the files a build writes. */
function calendars(meetups: Meetup[]) {
  const m = meetups[0]!;
  const [event] = parseCalendar(buildCalendar(meetups, () => []));
  const slot = m.schedule.find((s) => hasTalkCalendar(m, s))!;
  const [talk] = parseCalendar(buildTalkCalendar(m, slot, []));
  return { event: event!, talk: talk! };
}

describe("calendars across two builds, before and after a change is committed", () => {
  it("a meetup moved to another evening keeps its UID, with a higher SEQUENCE and the new times", () => {
    const repo = repository();
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00") });
    const before = calendars(repo.build());
    repo.commit(SECOND, {
      [FILE]: meetup("date: 2099-04-21T19:00\nstatus: rescheduled\nprevious_date: 2099-04-07T19:00"),
    });
    const after = calendars(repo.build());

    for (const kind of ["event", "talk"] as const) {
      expect(after[kind].uid).toBe(before[kind].uid);
      expect(before[kind].sequence).toBe(0);
      expect(after[kind].sequence).toBe(1);
      expect(property(after[kind], "status")).toBe("CONFIRMED");
      expect(instant(after[kind], "last-modified")).toBe("2026-02-01T10:00:00.000Z");
      expect(instant(after[kind], "dtstamp")).toBe("2026-02-01T10:00:00.000Z");
    }
    expect(before.event.startDate.toJSDate().toISOString()).toBe("2099-04-07T16:00:00.000Z");
    expect(after.event.startDate.toJSDate().toISOString()).toBe("2099-04-21T16:00:00.000Z");
    expect(after.event.startDate.zone.tzid).toBe("Asia/Jerusalem");
    expect(after.talk.endDate.toJSDate().toISOString()).toBe("2099-04-21T16:45:00.000Z");
    expect(after.event.summary).toBe("Moved: io_uring Night");
    expect(after.event.description).toMatch(/^Moved from Tuesday, 7 April 2099/);
  });

  it("a cancelled meetup says STATUS:CANCELLED with a higher SEQUENCE, and so do its talks", () => {
    const repo = repository();
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00") });
    const before = calendars(repo.build());
    repo.commit(SECOND, {
      [FILE]: meetup('date: 2099-04-07T19:00\nstatus: cancelled\nstatus_note: "The hall is **closed**."'),
    });
    const after = calendars(repo.build());

    expect(property(before.event, "status")).toBe("CONFIRMED");
    for (const kind of ["event", "talk"] as const) {
      expect(after[kind].uid).toBe(before[kind].uid);
      expect(after[kind].sequence).toBe(1);
      expect(property(after[kind], "status")).toBe("CANCELLED");
      expect(after[kind].startDate.toJSDate().toISOString()).toBe(before[kind].startDate.toJSDate().toISOString());
    }
    expect(after.event.summary).toBe("Cancelled: io_uring Night");
    expect(after.talk.summary).toBe("Cancelled: io_uring from the ground up");
    expect(after.event.description).toMatch(/^Cancelled\n\nThe hall is closed\./);
  });

  it("a typo fixed in the announcement, or a talk's slides added, raise no SEQUENCE but move LAST-MODIFIED", () => {
    const repo = repository();
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00", "An evening of io_uirng.") });
    repo.commit(SECOND, { [FILE]: meetup("date: 2099-04-07T19:00", "An evening of io_uring.") });
    repo.commit("2026-03-01T10:00:00Z", {
      [FILE]: meetup("date: 2099-04-07T19:00", "An evening of io_uring.").replace(
        "speakers: [dana]",
        'speakers: [dana]\n    slides: "https://example.com/slides.pdf"',
      ),
    });
    const { event, talk } = calendars(repo.build());
    expect(event.sequence).toBe(0);
    expect(talk.sequence).toBe(0);
    expect(instant(event, "last-modified")).toBe("2026-03-01T10:00:00.000Z");
  });

  it("counts every change of time, place or status, each once, however many commits came between", () => {
    const repo = repository();
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00") });
    repo.commit(SECOND, { [FILE]: meetup("date: 2099-04-07T19:00", "Typo fixed.") });
    repo.commit("2026-03-01T10:00:00Z", {
      [FILE]: meetup("date: 2099-04-07T19:00").replace("1 Example St", "2 Example St"),
    });
    repo.commit("2026-04-01T10:00:00Z", {
      [FILE]: meetup('date: 2099-04-07T19:00\nstatus: moved-online\nonline: "https://meet.example.org/io"'),
    });
    const { event, talk } = calendars(repo.build());
    expect(event.sequence).toBe(2);
    expect(event.location).toBe("https://meet.example.org/io");
    expect(talk.location).toBe("https://meet.example.org/io");
    expect(event.summary).toBe("Online: io_uring Night");
  });

  it("passes over an old version over the size limit, as the gate would refuse it, without reading it", () => {
    const repo = repository();
    // Text the Markdown reader would take minutes over, were the old version read.
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00", "a <!-- ".repeat(50_000)) });
    repo.commit(SECOND, { [FILE]: meetup("date: 2099-04-07T19:00") });
    expect(repo.build()[0]).toMatchObject({ sequence: 0, added: "2026-01-01T10:00:00Z" });
  });

  it("dates a meetup's announcement by its file's first commit, not the last", () => {
    const repo = repository();
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00") });
    repo.commit(SECOND, { [FILE]: meetup("date: 2099-04-07T19:00", "Typo fixed.") });
    expect(repo.build()[0]).toMatchObject({ added: "2026-01-01T10:00:00Z", modified: "2026-02-01T10:00:00Z" });
  });

  it("counts a change not committed yet, dated by the file, and never lowers SEQUENCE once it is committed", () => {
    const repo = repository();
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00") });
    repo.write(FILE, meetup("date: 2099-04-07T18:30"));
    const saved = new Date("2026-05-05T05:05:05Z");
    fs.utimesSync(path.join(repo.content, FILE), saved, saved);
    const editing = calendars(repo.build());
    expect(editing.event.sequence).toBe(1);
    expect(instant(editing.event, "last-modified")).toBe("2026-05-05T05:05:05.000Z");
    repo.commit(SECOND, {});
    const committed = calendars(repo.build());
    expect(committed.event.sequence).toBe(1);
    expect(instant(committed.event, "last-modified")).toBe("2026-02-01T10:00:00.000Z");
  });

  it("passes over a version the gate refuses today, and follows a file into another folder", () => {
    const repo = repository();
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00") });
    repo.commit(SECOND, { [FILE]: meetup("date: next Tuesday") });
    repo.commit("2026-03-01T10:00:00Z", { [FILE]: meetup("date: 2099-04-07T19:00", "Date fixed.") });
    expect(calendars(repo.build()).event.sequence).toBe(0);

    fs.rmSync(path.join(repo.content, FILE));
    repo.commit("2026-04-01T10:00:00Z", { "meetups/2099/2099-04-07-io-uring.md": meetup("date: 2099-04-07T18:30") });
    expect(calendars(repo.build()).event.sequence).toBe(1);
  });

  it("warns of a shallow clone, which would lower SEQUENCE, and refuses it in CI", () => {
    const repo = repository();
    repo.commit(FIRST, { [FILE]: meetup("date: 2099-04-07T19:00") });
    repo.commit(SECOND, { [FILE]: meetup("date: 2099-04-07T18:00") });
    const clone = path.join(repo.root, "clone");
    repo.git(["clone", "-q", "--depth", "1", `file://${repo.root}`, clone]);
    const dir = path.join(clone, "content");
    const { meetups } = loadContent(dir);

    const here = readHistory(dir, meetups, "Asia/Jerusalem", { ci: false });
    expect(here.problem).toBeUndefined();
    expect(here.warning).toMatch(/shallow.*SEQUENCE.*git fetch --unshallow.*fetch-depth: 0/);
    const ci = readHistory(dir, meetups, "Asia/Jerusalem", { ci: true });
    expect(ci.problem).toMatchObject({ file: `${dir}/meetups`, field: "git history" });
    expect(ci.problem!.message).toMatch(/shallow/);
  });

  it("says that a folder outside git gets SEQUENCE 0, dated by its files", () => {
    const dir = contentFolder({ [FILE]: meetup("date: 2099-04-07T19:00"), "speakers/dana.md": speakerFile("Dana") });
    scratch.push(dir);
    const saved = new Date("2026-05-05T05:05:05Z");
    fs.utimesSync(path.join(dir, FILE), saved, saved);
    const history = readHistory(dir, loadContent(dir).meetups, "Asia/Jerusalem");
    expect(history.warning).toMatch(/no git history.*SEQUENCE:0/);
    expect(history.meetups[0]).toMatchObject({
      sequence: 0,
      added: "2026-05-05T05:05:05Z",
      modified: "2026-05-05T05:05:05Z",
    });
  });
});

const fixture = loadFixtureSite();
const catalog = createCatalog(fixture.meetups, fixture.speakers, { publish: true });
const bySlug = (slug: string) => catalog.getMeetup(slug)!;
const cancelled = bySlug("2099-02-17-strike-night");
const postponed = bySlug("2099-02-24-filesystems-evening");
const rescheduled = bySlug("2099-04-07-io-uring-deep-dive");
const online = bySlug("2099-05-19-scheduler-online");
const scheduled = bySlug("2099-03-10-ebpf-everywhere");
const now = new Date("2026-11-25T00:00:00Z");

describe("the fixture's changed meetups in calendar files", () => {
  const events = parseCalendar(buildCalendar([cancelled, postponed, rescheduled, online, scheduled], () => []));
  const [c, p, r, o, s] = events;

  it("cancel a cancelled meetup and a postponed one, whose date no longer holds, and confirm the others", () => {
    expect([c, p, r, o, s].map((e) => property(e!, "status"))).toEqual([
      "CANCELLED",
      "CANCELLED",
      "CONFIRMED",
      "CONFIRMED",
      "CONFIRMED",
    ]);
    expect([c, p, r, o, s].map((e) => e!.summary)).toEqual([
      "Cancelled: Kernel Hacking Night",
      "Postponed: Filesystems Evening",
      "Moved: io_uring Deep Dive",
      "Online: Scheduler Night, Online",
      "eBPF Everywhere",
    ]);
    expect(p!.description).toMatch(
      /^Was planned for Tuesday, 24 February 2099; the new date isn't set yet\n\nOur speaker is ill\./,
    );
  });

  it("say the hour a meetup had when only its hour moved, as its page does", () => {
    const moved = meetupOrThrow(
      "---\ntitle: Earlier\ndate: 2099-04-07T18:00\nstatus: rescheduled\nprevious_date: 2099-04-07T19:00\n---\nText.\n",
    );
    const [event] = parseCalendar(buildCalendar([moved], () => []));
    expect(event!.description).toMatch(/^Moved from Tuesday, 7 April 2099, 19:00\n/);
  });

  it("give a rescheduled meetup its new date, and one that moved online its link for a place", () => {
    expect(r!.startDate.toJSDate().toISOString()).toBe("2099-04-21T16:00:00.000Z");
    expect(r!.description).toMatch(/^Moved from Tuesday, 7 April 2099\n\nThe venue needs the hall on the 7th/);
    expect(o!.location).toBe("https://meet.example.org/kerneltlv-scheduler");
    expect(s!.location).toBe("Fixture Hall, 1 Example St, Tel Aviv");
  });

  it("cancel the talks of a cancelled meetup, and put those of one that moved online at its link", () => {
    const talk = (m: Meetup) => {
      const slot = m.schedule.find((slot) => hasTalkCalendar(m, slot))!;
      return parseCalendar(buildTalkCalendar(m, slot, []))[0]!;
    };
    expect(property(talk(cancelled), "status")).toBe("CANCELLED");
    expect(talk(cancelled).summary).toBe("Cancelled: Writing your first kernel module");
    expect(talk(online).location).toBe("https://meet.example.org/kerneltlv-scheduler");
    expect(property(talk(scheduled), "status")).toBe("CONFIRMED");
  });
});

describe("the fixture's changed meetups in feeds, as feed readers read them", () => {
  // Each meetup's file went in on 1 November 2026 and last changed on 1 December 2026.
  const meetups = catalog
    .allMeetups()
    .map((m) => ({ ...m, added: "2026-11-01T10:00:00Z", modified: "2026-12-01T10:00:00Z" }));
  const rss = parseRssFeed(writeFeed("rss", meetups, catalog.meetupSpeakers, now));
  const atom = parseAtomFeed(writeFeed("atom", meetups, catalog.meetupSpeakers, now));
  const json = parseJsonFeed(JSON.parse(writeFeed("json", meetups, catalog.meetupSpeakers, now)));
  const url = (m: Meetup) => `https://kerneltlv.com/meetups/${m.slug}/`;

  it("update each entry under its own id, with a title that says what changed", () => {
    const rssItem = rss.items!.find((i) => i.link === url(cancelled))!;
    expect(rssItem.title).toBe("Cancelled: Kernel Hacking Night");
    expect(rssItem.guid).toMatchObject({ value: url(cancelled) });
    expect(atom.entries!.find((e) => e.id === url(rescheduled))!.title).toMatchObject({
      value: "Moved: io_uring Deep Dive",
    });
    const item = json.items!.find((i) => i.id === url(postponed))!;
    expect(item.title).toBe("Postponed: Filesystems Evening");
    expect(item.content_html).toMatch(/^<p><strong>Was planned for Tuesday, 24 February 2099/);
    expect(item.summary).toMatch(/^Was planned for .*\. Our speaker is ill\./);
    // The hours it had no longer hold: said nowhere, as on its page.
    expect(`${item.summary} ${item.content_html}`).not.toMatch(/19:00/);
    expect(json.items!.find((i) => i.id === url(cancelled))!.summary).toMatch(/19:00–21:00 Israel time/);
    expect(new Set(json.items!.map((i) => i.id)).size).toBe(json.items!.length);
  });

  it("date an entry's update by its file's last change, and its publication by its first, never in the future", () => {
    // An upcoming meetup was announced when its file went in: a date to come would be held back by readers.
    const item = json.items!.find((i) => i.id === url(rescheduled))!;
    expect(new Date(item.date_modified!).toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(new Date(item.date_published!).toISOString()).toBe("2026-11-01T10:00:00.000Z");
    const entry = atom.entries!.find((e) => e.id === url(rescheduled))!;
    expect(new Date(entry.updated!).toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(new Date(entry.published!).toISOString()).toBe("2026-11-01T10:00:00.000Z");
    expect(new Date(rss.items!.find((i) => i.link === url(rescheduled))!.pubDate!).toISOString()).toBe(
      "2026-11-01T10:00:00.000Z",
    );
    // A meetup brought over after it happened is dated by its day.
    const old = meetups.find((m) => m.slug === "2018-05-01-no-schedule-yet")!;
    expect(json.items!.find((i) => i.id === url(old))!.date_published).toBe("2018-04-30T21:00:00.000Z");
    for (const i of json.items!)
      expect(Date.parse(i.date_published!)).toBeLessThanOrEqual(Date.parse(i.date_modified!));
  });
});

describe("the fixture's changed meetups for search engines (schema.org, as Google documents it)", () => {
  const data = (m: Meetup) => JSON.parse(jsonLdText(eventJsonLd(m, [], now))) as Record<string, unknown>;

  it("say each status", () => {
    expect([cancelled, postponed, rescheduled, online, scheduled].map((m) => data(m).eventStatus)).toEqual([
      "https://schema.org/EventCancelled",
      "https://schema.org/EventPostponed",
      "https://schema.org/EventRescheduled",
      "https://schema.org/EventMovedOnline",
      "https://schema.org/EventScheduled",
    ]);
  });

  it("keep a postponed meetup's old date, and give a rescheduled one its new dates and every start it had", () => {
    expect(data(postponed).startDate).toBe("2099-02-24T19:00:00+02:00");
    expect(data(rescheduled)).toMatchObject({
      startDate: "2099-04-21T19:00:00+03:00",
      previousStartDate: ["2099-04-07T19:00:00+03:00"],
    });
    expect(
      data({ ...rescheduled, previousStarts: ["2099-03-31", "2099-04-07T19:00:00+03:00"] }).previousStartDate,
    ).toEqual(["2099-03-31", "2099-04-07T19:00:00+03:00"]);
    for (const m of [cancelled, postponed, online, scheduled]) expect(data(m)).not.toHaveProperty("previousStartDate");
  });

  it("make a meetup that moved online an online event at its link, with no venue", () => {
    expect(data(online)).toMatchObject({
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://meet.example.org/kerneltlv-scheduler" },
    });
    expect(JSON.stringify(data(online).location)).not.toContain("Fixture Hall");
  });

  it("say the Hebrew site's rescheduled meetup moved, with the start it had", () => {
    const nyc = loadHebrewSite().meetups.find((m) => m.status === "rescheduled")!;
    expect(data(nyc)).toMatchObject({
      eventStatus: "https://schema.org/EventRescheduled",
      startDate: "2099-04-23T18:30:00-04:00",
      previousStartDate: ["2099-04-09T18:30:00-04:00"],
    });
  });
});

describe("the fixture's changed meetups on link-preview cards", () => {
  const card = (m: Meetup) => meetupPreview(m, catalog.meetupSpeakers(m));

  it("say Cancelled, Postponed, Moved to the new date or Moved online above the title", () => {
    expect(card(cancelled).kicker).toBe("Cancelled · Tuesday, 17 February 2099");
    expect(card(postponed).kicker).toBe("Postponed · Tuesday, 24 February 2099");
    expect(card(rescheduled).kicker).toBe("Moved to Tuesday, 21 April 2099");
    expect(card(online).kicker).toBe("Moved online · Tuesday, 19 May 2099");
    expect(card(scheduled).kicker).toBe("Tuesday, 10 March 2099");
  });

  it("leave out the hours of an evening that won't happen, and are a new image when the status changes", () => {
    expect(card(cancelled).lines).toEqual(["With Yossi Fixture and Dana Fixture"]);
    expect(card(online).lines[0]).toBe("19:00–20:30 Israel time");
    // The image is cached under what the card shows (lib/outputs/og/): a card that says more is drawn again.
    const asScheduled = card({ ...cancelled, status: "scheduled", statusNoteHtml: undefined });
    expect(JSON.stringify(asScheduled)).not.toBe(JSON.stringify(card(cancelled)));
  });
});
