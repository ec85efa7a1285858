import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, buildTalkCalendar, eventUid, hasTalkCalendar } from "@/lib/outputs/calendar";
import { createCatalog } from "@/lib/site/catalog";
import { meetupsFile, meetupsSchema, speakersFile, speakersSchema } from "@/lib/outputs/open-data";
import { loadFixtureSite } from "./helpers";

// /meetups.json and /speakers.json as a client reads them: checked against the
// JSON Schemas the site publishes, and against what the pages show.

const fixture = loadFixtureSite();
const catalog = createCatalog(fixture.meetups, fixture.speakers, { publish: true });
// Between the fixture's past meetups and its meetups of 2099.
const now = new Date("2026-11-25T12:00:00Z");

// strict: a keyword the validator doesn't know is an error, not a schema that checks less than it seems to.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateMeetups = ajv.compile(meetupsSchema);
const validateSpeakers = ajv.compile(speakersSchema);
const problems = (validate: { errors?: ErrorObject[] | null }) =>
  (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);

const meetups = meetupsFile(catalog, now);
const speakers = speakersFile(catalog, now);

describe("/meetups.json", () => {
  it("is valid against its own schema, and says which schema and version it is", () => {
    expect(validateMeetups(meetups), problems(validateMeetups).join("\n")).toBe(true);
    expect(meetups.$schema).toBe("https://kerneltlv.com/meetups.schema.json");
    expect(meetups.version).toBe(1);
    expect(meetups.generated).toBe("2026-11-25T12:00:00Z");
  });

  it("has every published meetup, upcoming ones first (soonest first), then past ones (newest first); no drafts", () => {
    expect(meetups.meetups.map((m) => m.slug)).toEqual([
      ...catalog.upcomingMeetups(now).map((m) => m.slug),
      ...catalog.pastMeetups(now).map((m) => m.slug),
    ]);
    expect(meetups.meetups.map((m) => m.slug)).toEqual([
      "2099-02-17-strike-night",
      "2099-02-24-filesystems-evening",
      "2099-03-10-ebpf-everywhere",
      "2099-04-07-io-uring-deep-dive",
      "2099-05-19-scheduler-online",
      "2099-07-14-summer-scheduling",
      "2099-10-20-berlin-guest-night",
      "2018-05-01-no-schedule-yet",
      "2017-01-10-tracing-in-winter",
      "2016-07-12-breaking-the-wall---handling-things-in-userspace",
      "2015-12-01-memory-models",
      "2015-06-16-linux-kernel-namespaces-and-cgroups-subsytems",
    ]);
  });

  it("gives each meetup's times with the offset of its own zone, and its place, links and status", () => {
    const byslug = (slug: string) => meetups.meetups.find((m) => m.slug === slug)!;
    expect(byslug("2099-03-10-ebpf-everywhere")).toMatchObject({
      title: "eBPF Everywhere",
      start: "2099-03-10T19:00:00+02:00",
      end: "2099-03-10T21:15:00+02:00",
      timeKnown: true,
      timeZone: "Asia/Jerusalem",
      status: "scheduled",
      language: "en",
      topics: ["ebpf", "tracing"],
      venue: {
        name: "Fixture Hall",
        address: "1 Example St, Tel Aviv",
        geo: { latitude: 32.0853, longitude: 34.7818 },
      },
      online: null,
      rsvp: "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/events/100000001/",
      url: "https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/",
      calendar: "https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/calendar.ics",
      image: "https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/preview.png",
    });
    // Summer time in Israel, and Berlin's own zone.
    expect(byslug("2099-07-14-summer-scheduling")).toMatchObject({
      start: "2099-07-14T19:00:00+03:00",
      venue: null,
      online: "https://www.youtube.com/live/jNQXAC9IVRw",
    });
    expect(byslug("2099-10-20-berlin-guest-night")).toMatchObject({
      start: "2099-10-20T18:30:00+02:00",
      timeZone: "Europe/Berlin",
    });
    // A legacy post whose hours were never written: its whole day, in Israel.
    expect(byslug("2018-05-01-no-schedule-yet")).toMatchObject({
      timeKnown: false,
      start: "2018-05-01T00:00:00+03:00",
      end: "2018-05-02T00:00:00+03:00",
      talks: [],
    });
  });

  it("says when plans changed: the status, the organizers' note as text, the starts a meetup had, and SEQUENCE", () => {
    const byslug = (slug: string) => meetups.meetups.find((m) => m.slug === slug)!;
    expect(byslug("2099-02-17-strike-night")).toMatchObject({
      status: "cancelled",
      statusNote: "A general strike closes the city that day. The talks move to the March meetup.",
      previousStarts: [],
      sequence: 0,
    });
    expect(byslug("2099-02-24-filesystems-evening")).toMatchObject({
      status: "postponed",
      start: "2099-02-24T19:00:00+02:00",
    });
    expect(byslug("2099-04-07-io-uring-deep-dive")).toMatchObject({
      status: "rescheduled",
      start: "2099-04-21T19:00:00+03:00",
      previousStarts: ["2099-04-07T19:00:00+03:00"],
    });
    expect(byslug("2099-05-19-scheduler-online")).toMatchObject({
      status: "moved-online",
      online: "https://meet.example.org/kerneltlv-scheduler",
    });
    expect(byslug("2099-03-10-ebpf-everywhere")).toMatchObject({ statusNote: null, previousStarts: [] });
    // The count a build made from git is what the file says.
    const counted = meetupsFile(
      createCatalog(
        fixture.meetups.map((m) => ({ ...m, sequence: 3 })),
        fixture.speakers,
        { publish: true },
      ),
      now,
    );
    expect(new Set(counted.meetups.map((m) => m.sequence))).toEqual(new Set([3]));
    expect(validateMeetups(counted), problems(validateMeetups).join("\n")).toBe(true);
  });

  it("has each meetup's talks in its schedule's order, breaks and talks still to be announced left out", () => {
    for (const entry of meetups.meetups) {
      const meetup = catalog.getMeetup(entry.slug)!;
      const talks = meetup.schedule.filter((slot) => slot.kind === "talk" && slot.title !== "To be announced");
      expect(entry.talks.map((talk) => [talk.title, talk.start, talk.end])).toEqual(
        talks.map((slot) => [slot.title, slot.start, slot.end]),
      );
      expect(entry.talks.map((talk) => talk.speakers.map((s) => s.name))).toEqual(
        talks.map((slot) => catalog.speakersOf(slot).map((s) => s.name)),
      );
    }
  });

  it("gives each talk its language, material, address and calendar file", () => {
    const summer = meetups.meetups.find((m) => m.slug === "2099-07-14-summer-scheduling")!;
    expect(summer.talks.map((talk) => talk.language)).toEqual(["en", "he"]);
    const ebpf = meetups.meetups.find((m) => m.slug === "2099-03-10-ebpf-everywhere")!;
    expect(ebpf.talks[0]).toMatchObject({
      url: "https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/#talk-tracing-the-scheduler-with-ebpf",
      slides: "https://example.com/slides/sched.pdf",
      video: null,
      calendar:
        "https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/talks/talk-tracing-the-scheduler-with-ebpf/calendar.ics",
      speakers: [{ slug: "dana-fixture", name: "Dana Fixture", url: "https://kerneltlv.com/speakers/dana-fixture/" }],
    });
  });

  it("is refused by its schema when a field is missing, unknown or of the wrong form", () => {
    const first = meetups.meetups[0]!;
    const broken = (change: Record<string, unknown>): unknown => ({
      ...meetups,
      meetups: [{ ...first, ...change }],
    });
    expect(validateMeetups(broken({ timeZone: undefined }))).toBe(false);
    expect(validateMeetups(broken({ start: "2099-03-10 19:00" }))).toBe(false);
    expect(validateMeetups(broken({ status: "maybe" }))).toBe(false);
    expect(validateMeetups(broken({ previousStarts: ["last Tuesday"] }))).toBe(false);
    expect(validateMeetups(broken({ sequence: 1.5 }))).toBe(false);
    expect(validateMeetups(broken({ rsvp: "javascript:alert(1)" }))).toBe(false);
    expect(validateMeetups(broken({ surprise: true }))).toBe(false);
    expect(validateMeetups({ ...meetups, version: undefined })).toBe(false);
  });
});

describe("/speakers.json", () => {
  it("is valid against its own schema", () => {
    expect(validateSpeakers(speakers), problems(validateSpeakers).join("\n")).toBe(true);
    expect(speakers.$schema).toBe("https://kerneltlv.com/speakers.schema.json");
  });

  it("has every speaker by name, with every talk of theirs, newest first, naming meetups the other file has", () => {
    expect(speakers.speakers.map((s) => s.name)).toEqual(["Dana Fixture", "Yossi Fixture"]);
    const dana = speakers.speakers[0]!;
    expect(dana).toMatchObject({
      slug: "dana-fixture",
      role: "Kernel engineer, Example Corp",
      url: "https://kerneltlv.com/speakers/dana-fixture/",
      photo: null,
    });
    expect(dana.links.map((link) => link.kind).sort()).toEqual(["github", "website"]);
    // Which talks count as given (a cancelled meetup's don't) is the catalog's to say.
    expect(dana.talks.map((talk) => talk.title)).toEqual(catalog.talksBy("dana-fixture").map(({ slot }) => slot.title));
    expect(dana.talks.map((talk) => talk.title)).toEqual(
      expect.arrayContaining(["Tracing the scheduler with eBPF", "XDP at line rate", "The Linux kernel memory model"]),
    );
    const meetupStart = (slug: string) => Date.parse(meetups.meetups.find((m) => m.slug === slug)!.start);
    const starts = dana.talks.map((talk) => meetupStart(talk.meetup));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const slugs = new Set(meetups.meetups.map((m) => m.slug));
    for (const talk of speakers.speakers.flatMap((s) => s.talks)) expect(slugs).toContain(talk.meetup);
  });

  it("says of each talk whether its meetup goes ahead, so that a client of this file alone knows a postponed one", () => {
    const statusOf = new Map(meetups.meetups.map((m) => [m.slug, m.status]));
    const talks = speakers.speakers.flatMap((s) => s.talks);
    for (const talk of talks) expect(talk.status).toBe(statusOf.get(talk.meetup));
    expect(new Set(talks.map((talk) => talk.status)).size).toBeGreaterThan(1);
  });
});

describe("a talk's own calendar file", () => {
  const parse = (text: string) => {
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const vtimezone of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    return events[0]!;
  };
  const ebpf = catalog.getMeetup("2099-03-10-ebpf-everywhere")!;
  const xdp = ebpf.schedule.find((slot) => slot.title === "XDP at line rate")!;
  const talkFile = (slot = xdp, meetup = ebpf) => buildTalkCalendar(meetup, slot, catalog.speakersOf(slot)).toString();

  it("holds the talk's hours, title, speakers, room and the meetup's page, read by ical.js", () => {
    const event = parse(talkFile());
    expect(event.summary).toBe("XDP at line rate");
    expect(event.startDate.toJSDate().toISOString()).toBe("2099-03-10T18:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2099-03-10T19:15:00.000Z");
    // Written on Israel's clock, in its zone: 20:30, as the schedule says.
    expect(event.startDate.zone.tzid).toBe("Asia/Jerusalem");
    expect([event.startDate.hour, event.startDate.minute]).toEqual([20, 30]);
    expect(event.location).toBe("Fixture Hall, 1 Example St, Tel Aviv");
    expect(event.description).toContain("Dana Fixture and Yossi Fixture");
    expect(event.description).toContain("eBPF Everywhere");
    expect(event.component.getFirstPropertyValue("url")).toBe(
      "https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/#talk-xdp-at-line-rate",
    );
  });

  it("has a UID that stays the same from build to build and differs from the meetup's and the other talks'", () => {
    const uid = parse(talkFile()).uid;
    expect(parse(talkFile()).uid).toBe(uid);
    const meetupUid = new ICAL.Event(
      new ICAL.Component(ICAL.parse(buildCalendar([ebpf], catalog.meetupSpeakers).toString())).getFirstSubcomponent(
        "vevent",
      )!,
    ).uid;
    expect(meetupUid).toBe(eventUid(ebpf));
    const talks = catalog.allTalks().filter(({ meetup, slot }) => hasTalkCalendar(meetup, slot));
    const uids = talks.map(({ meetup, slot }) => parse(talkFile(slot, meetup)).uid);
    expect(uids).toContain(uid);
    expect(new Set([...uids, meetupUid]).size).toBe(uids.length + 1);
  });

  it("places a talk of a meetup with a stream and no venue yet where the group meets (site.yml's address), with the stream beside it", () => {
    const summer = catalog.getMeetup("2099-07-14-summer-scheduling")!;
    const hebrew = summer.schedule.find((slot) => slot.language === "he")!;
    const event = parse(talkFile(hebrew, summer));
    expect(event.location).toBe("Tel Aviv-Yafo");
    expect(event.description).toContain("Online: https://www.youtube.com/live/jNQXAC9IVRw");
    const meetup = parse(buildCalendar([summer], catalog.meetupSpeakers).toString());
    expect(meetup.location).toBe("Tel Aviv-Yafo");
    expect(meetup.description).toContain("Online: https://www.youtube.com/live/jNQXAC9IVRw");
    // Held in another zone without a venue: no location rather than the group's city.
    const berlin = { ...catalog.getMeetup("2099-10-20-berlin-guest-night")!, venue: undefined };
    expect(parse(buildCalendar([berlin], catalog.meetupSpeakers).toString()).location).toBeNull();
    expect(event.startDate.toJSDate().toISOString()).toBe("2099-07-14T17:00:00.000Z");
  });

  it("is linked from the JSON for every talk with hours, and for no other", () => {
    const linked = meetups.meetups.flatMap((m) => m.talks.filter((talk) => talk.calendar).map((talk) => talk.url));
    const timed = catalog
      .allTalks()
      .filter(({ meetup, slot }) => hasTalkCalendar(meetup, slot))
      .map(({ meetup, slot }) => encodeURI(`https://kerneltlv.com/meetups/${meetup.slug}/#${slot.anchor}`));
    expect(linked.sort()).toEqual(timed.sort());
    expect(linked.length).toBeGreaterThan(0);
  });
});
