import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCatalog, frequentTopics, isOver, topicSlug } from "@/lib/site/catalog";
import { loadContent } from "@/lib/content/load";

const fixture = path.resolve(import.meta.dirname, "../fixtures/site");
const { meetups, speakers, problems } = loadContent(fixture);
const published = createCatalog(meetups, speakers, { publish: true });
const preview = createCatalog(meetups, speakers, { publish: false });

describe("the fixture site's content", () => {
  it("has no problems", () => expect(problems).toEqual([]));
});

describe("upcoming and past", () => {
  const now = new Date("2026-11-25T12:00:00Z");

  it("lists upcoming meetups soonest first and past ones newest first", () => {
    // Those called off too, until their dates have passed (the pages mark them); a rescheduled one at its new date.
    expect(published.upcomingMeetups(now).map((m) => m.slug)).toEqual([
      "2099-02-17-strike-night",
      "2099-02-24-filesystems-evening",
      "2099-03-10-ebpf-everywhere",
      "2099-04-07-io-uring-deep-dive",
      "2099-05-19-scheduler-online",
      "2099-07-14-summer-scheduling",
      "2099-10-20-berlin-guest-night",
    ]);
    expect(published.pastMeetups(now).map((m) => m.slug)).toEqual([
      "2018-05-01-no-schedule-yet",
      "2017-01-10-tracing-in-winter",
      "2016-07-12-breaking-the-wall---handling-things-in-userspace",
      "2015-12-01-memory-models",
      "2015-06-16-linux-kernel-namespaces-and-cgroups-subsytems",
    ]);
  });

  it("keeps a meetup upcoming while it is happening and past once it has ended", () => {
    const m = published.getMeetup("2099-03-10-ebpf-everywhere")!;
    expect(isOver(m, new Date("2099-03-10T19:30:00+02:00"))).toBe(false);
    expect(isOver(m, new Date("2099-03-10T21:15:00+02:00"))).toBe(true);
  });

  it("leaves drafts out of a published build and shows them in preview", () => {
    expect(published.getMeetup("2099-11-30-secret-draft")).toBeUndefined();
    expect(preview.getMeetup("2099-11-30-secret-draft")?.draft).toBe(true);
  });
});

describe("speakers and their talks", () => {
  it("resolves a slot's speakers in the order written", () => {
    const m = published.getMeetup("2099-03-10-ebpf-everywhere")!;
    expect(published.speakersOf(m.schedule[3]!).map((s) => s.name)).toEqual(["Dana Fixture", "Yossi Fixture"]);
    expect(published.meetupSpeakers(m).map((s) => s.slug)).toEqual(["dana-fixture", "yossi-fixture"]);
  });

  it("lists every talk of a speaker across meetups, newest first, but a cancelled meetup's", () => {
    // Not "Reading an oops": the strike cancelled that evening. The postponed one's talk is still to come.
    expect(published.talksBy("dana-fixture").map((t) => t.slot.title)).toEqual([
      "EEVDF explained",
      "Zero-copy networking with io_uring",
      "Tracing the scheduler with eBPF",
      "XDP at line rate",
      "Btrfs snapshots in practice",
      "The Linux kernel memory model",
    ]);
  });

  it("keeps a cancelled meetup's talks out of the talks given, and in every talk (their calendars say cancelled)", () => {
    const cancelled = (talks: { meetup: { slug: string } }[]) =>
      talks.filter((t) => t.meetup.slug === "2099-02-17-strike-night").length;
    expect(cancelled(published.allTalks())).toBe(2);
    expect(cancelled(published.givenTalks())).toBe(0);
    expect(published.talksByYear().flatMap((y) => y.talks)).toEqual(published.givenTalks());
  });
});

describe("archive and topics", () => {
  it("groups meetups by year in their own zone, newest year first", () => {
    expect(published.meetupsByYear().map((y) => [y.year, y.meetups.length])).toEqual([
      [2099, 7],
      [2018, 1],
      [2017, 1],
      [2016, 1],
      [2015, 2],
    ]);
  });

  it("gathers a topic across meetups whatever its case", () => {
    expect(topicSlug("Real-time Linux")).toBe("real-time-linux");
    expect(published.getTopic("tracing")?.meetups.map((m) => m.slug)).toEqual([
      "2099-03-10-ebpf-everywhere",
      "2017-01-10-tracing-in-winter",
      "2015-12-01-memory-models",
    ]);
  });

  it("shows a topic by one name everywhere: the spelling most meetups use, else the newest's", () => {
    // "Tracing" on one meetup of 2015, "tracing" on two others.
    expect(published.getMeetup("2015-12-01-memory-models")!.topics).toEqual(["memory", "tracing"]);
    expect(published.getTopic("tracing")!.name).toBe("tracing");
    const at = (slug: string, start: string, topics: string[]) => ({
      ...published.allMeetups()[0]!,
      slug,
      start,
      topics,
    });
    const tie = createCatalog(
      [at("old", "2020-01-01T19:00:00+02:00", ["ebpf"]), at("new", "2021-01-01T19:00:00+02:00", ["eBPF", "EBPF"])],
      [],
      { publish: true },
    );
    expect(tie.getMeetup("old")!.topics).toEqual(["eBPF"]);
    expect(tie.getMeetup("new")!.topics).toEqual(["eBPF"]);
  });

  it("names the most frequent topics first, a tie by name", () => {
    // tracing 3, ebpf 2, then filesystems, io_uring, kernel, memory... 1 each (Jekyll's `categories: meetups` is no topic).
    expect(frequentTopics(published.allTopics(), 3).map((t) => t.slug)).toEqual(["tracing", "ebpf", "filesystems"]);
  });
});

describe("the seed post", () => {
  // The reference legacy post (../shared/seed/000_839a5ac3a54e8fc7.txt), kept in the repository as a
  // fixture. Its digest pins it in a plain clone too; where the shared copy is present, both are compared.
  const SEED_SHA256 = "76746b52f9dab87836ed6675c6b780eb34eed3f1db8edc6a89f21614218cebfc";
  const kept = fs.readFileSync(
    path.join(fixture, "meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace.markdown"),
  );

  it("is kept in the fixtures byte for byte", () => {
    expect(createHash("sha256").update(kept).digest("hex")).toBe(SEED_SHA256);
    const shared = path.resolve(import.meta.dirname, "../../../shared/seed/000_839a5ac3a54e8fc7.txt");
    if (fs.existsSync(shared)) expect(kept.equals(fs.readFileSync(shared))).toBe(true);
  });

  it("renders as a past meetup on 12 July 2016 with four slots from 19:00 to 21:00, two of them talks", () => {
    const m = published.getMeetup("2016-07-12-breaking-the-wall---handling-things-in-userspace")!;
    expect(m.day).toBe("2016-07-12");
    expect(m.start).toBe("2016-07-12T19:00:00+03:00");
    expect(m.end).toBe("2016-07-12T21:00:00+03:00");
    expect(m.schedule).toHaveLength(4);
    expect(m.schedule.filter((s) => s.kind === "talk").map((s) => s.title)).toEqual([
      "userfaultfd and post-copy migration of VMs and containers",
      "Linux interrupt handling",
    ]);
  });
});
