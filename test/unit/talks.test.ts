import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { TopicMeetups } from "@/components/TopicMeetups";
import { createCatalog, type Talk, type TalkYear } from "@/lib/site/catalog";
import { recordingsJsonLd } from "@/lib/outputs/structured-data";
import {
  latestTalkYears,
  latestYears,
  meetupCount,
  speakersWithTalks,
  TOPIC_PAGE_SIZE,
  topicPages,
} from "@/lib/site/talks";
import { en } from "@/lib/i18n/en";
import { he } from "@/lib/i18n/he";
import { htmlText } from "@/lib/site/text";
import { recordingOf, recordingService } from "@/lib/site/recordings";
import { loadFixtureSite, loadHebrewSite, meetupOrThrow } from "./helpers";

// The talk archive (issue 13): every talk of every published meetup, by year,
// and the recordings that search engines may show as videos.

// The pages read the catalog Contentlayer generates; here it is the fixture's.
vi.mock("contentlayer/generated", async () => {
  const { meetups, speakers } = (await import("./helpers")).loadFixtureSite();
  return { allMeetups: meetups, allSpeakers: speakers };
});

const fixture = loadFixtureSite();
const catalog = createCatalog(fixture.meetups, fixture.speakers, { publish: true });
const hebrew = loadHebrewSite();

const titles = (talks: Talk[]) => talks.map((t) => t.slot.title);

describe("every talk", () => {
  it("lists the talks of every published meetup, newest meetup first, each evening in its own order", () => {
    expect(titles(catalog.allTalks())).toEqual([
      "EEVDF in practice",
      "מתזמן EEVDF מבפנים: איך הליבה בוחרת מי רץ",
      "EEVDF explained",
      "io_uring from the ground up",
      "Zero-copy networking with io_uring",
      "Tracing the scheduler with eBPF",
      "XDP at line rate",
      "Btrfs snapshots in practice",
      "Writing your first kernel module",
      "Reading an oops",
      "Opening talk on ftrace",
      "Q&A with the maintainers",
      "userfaultfd and post-copy migration of VMs and containers",
      "Linux interrupt handling",
      "The Linux kernel memory model",
    ]);
  });

  it("leaves out breaks, and the talks of a draft in a published build (the preview shows them)", () => {
    expect(catalog.allTalks().every((t) => t.slot.kind === "talk" && t.slot.anchor?.startsWith("talk-"))).toBe(true);
    const draft = meetupOrThrow(
      `---\ntitle: Draft\ndate: 2099-12-01T19:00:00+02:00\ndraft: true\nschedule:\n  - time: "19:00"\n    title: Not yet\n    speakers: [dana-fixture]\n---\n`,
      "meetups/draft.md",
    );
    const meetups = [...fixture.meetups, draft];
    expect(titles(createCatalog(meetups, fixture.speakers, { publish: true }).allTalks())).not.toContain("Not yet");
    expect(titles(createCatalog(meetups, fixture.speakers, { publish: false }).allTalks())[0]).toBe("Not yet");
  });

  it("groups the talks given by year, newest first, with no empty year", () => {
    // 2099: ten talks, less the cancelled meetup's two.
    expect(catalog.talksByYear().map((y) => [y.year, y.talks.length])).toEqual([
      [2099, 8],
      [2017, 2],
      [2016, 2],
      [2015, 1],
    ]);
  });

  it("puts a talk in its meetup's year as the meetup's own zone reads it, even when that sorts against the instant", () => {
    // 23:00 on 31 December in Honolulu comes after 01:00 on 1 January in Kiritimati, yet is the year before.
    const honolulu = meetupOrThrow(
      `---\ntitle: Honolulu\ndate: 2099-12-31T23:00:00-10:00\ntimezone: Pacific/Honolulu\nschedule:\n  - time: "23:00"\n    title: Late talk\n    kind: talk\n---\n`,
      "meetups/honolulu.md",
    );
    const kiritimati = meetupOrThrow(
      `---\ntitle: Kiritimati\ndate: 2100-01-01T01:00:00+14:00\ntimezone: Pacific/Kiritimati\nschedule:\n  - time: "01:00"\n    title: Early talk\n    kind: talk\n---\n`,
      "meetups/kiritimati.md",
    );
    const years = createCatalog([kiritimati, honolulu], [], { publish: true }).talksByYear();
    expect(years.map((y) => [y.year, titles(y.talks)])).toEqual([
      [2100, ["Early talk"]],
      [2099, ["Late talk"]],
    ]);
  });
});

describe("the latest years on /talks/", () => {
  const year = (y: number, n: number): TalkYear => ({ year: y, talks: Array.from({ length: n }, () => ({}) as Talk) });

  it("shows the newest year when it has enough talks, and adds years before it until it does", () => {
    const years = [year(2026, 3), year(2025, 30), year(2024, 100), year(2023, 100)];
    const size = (y: TalkYear) => y.talks.length;
    expect(latestYears(years, size, 40).map((y) => y.year)).toEqual([2026, 2025, 2024]);
    expect(latestYears(years, size, 3).map((y) => y.year)).toEqual([2026]);
    expect(latestYears(years, size, 4).map((y) => y.year)).toEqual([2026, 2025]);
  });

  it("shows everything when the archive is small, and nothing when there are no talks", () => {
    expect(latestTalkYears(catalog.talksByYear()).map((y) => y.year)).toEqual([2099, 2017, 2016, 2015]);
    expect(latestTalkYears([])).toEqual([]);
  });
});

describe("a topic with more meetups than a page holds", () => {
  const tracing = catalog.allTopics().find((t) => t.slug === "tracing")!;
  // The fixture's tracing meetups, again and again: a topic as long as a busy group's.
  const long = (n: number) => ({
    ...tracing,
    meetups: Array.from({ length: n }, (_, i) => ({ ...tracing.meetups[i % tracing.meetups.length]!, slug: `m${i}` })),
  });

  it("takes as many pages as its meetups fill, and one page however few", () => {
    expect(topicPages(tracing)).toBe(1);
    expect(topicPages(long(TOPIC_PAGE_SIZE))).toBe(1);
    expect(topicPages(long(TOPIC_PAGE_SIZE + 1))).toBe(2);
    expect(topicPages(long(TOPIC_PAGE_SIZE * 3))).toBe(3);
  });

  it("shows a page of meetups at a time, with a link to every page and the current one marked", () => {
    const html = renderToStaticMarkup(createElement(TopicMeetups, { topic: long(TOPIC_PAGE_SIZE * 2 + 5), page: 2 }));
    expect(html.match(/<h2\b/g)).toHaveLength(TOPIC_PAGE_SIZE);
    const shown = [...html.matchAll(/href="\/meetups\/m(\d+)"/g)].map((m) => Number(m[1]));
    expect([Math.min(...shown), Math.max(...shown)]).toEqual([TOPIC_PAGE_SIZE, TOPIC_PAGE_SIZE * 2 - 1]);
    expect(html).toContain(`${TOPIC_PAGE_SIZE * 2 + 5} meetups on this topic`);
    // Outside Next, a link's address has no trailing slash (the site's config adds it).
    const links = [...html.matchAll(/<a [^>]*>/g)].map(([tag]) => ({
      label: /aria-label="([^"]+)"/.exec(tag)?.[1],
      href: /href="([^"]+)"/.exec(tag)?.[1],
      current: tag.includes(`aria-current="page"`),
    }));
    expect(links.filter((l) => l.label?.startsWith("Page "))).toEqual([
      { label: "Page 1", href: "/topics/tracing", current: false },
      { label: "Page 2", href: "/topics/tracing/2", current: true },
      { label: "Page 3", href: "/topics/tracing/3", current: false },
    ]);
  });

  it("has no page links when one page holds it", () => {
    expect(renderToStaticMarkup(createElement(TopicMeetups, { topic: tracing, page: 1 }))).not.toContain("Page 1");
  });
});

describe("the archive's filters and counts", () => {
  it("lists each speaker who has given a talk, by name, with how many (a cancelled meetup's not counted)", () => {
    const speakers = speakersWithTalks(catalog.givenTalks(), catalog.allSpeakers());
    expect(speakers.map((s) => [s.speaker.name, s.talks])).toEqual([
      ["Dana Fixture", 6],
      ["Yossi Fixture", 4],
    ]);
  });

  it("counts a speaker named twice on one talk once, and counts the meetups the talks come from", () => {
    const talk = catalog.allTalks()[3]!;
    const twice: Talk = { ...talk, slot: { ...talk.slot, speakers: ["dana-fixture", "dana-fixture"] } };
    expect(speakersWithTalks([twice], catalog.allSpeakers())).toEqual([
      { speaker: catalog.getSpeaker("dana-fixture"), talks: 1 },
    ]);
    // Nine meetups have talks; the cancelled evening's were never given.
    expect(meetupCount(catalog.givenTalks())).toBe(8);
  });
});

describe("the lists' counts", () => {
  it("say newest first only of a list that has an order, in each language", () => {
    expect([en.archive.count(1), en.archive.count(2)]).toEqual(["1 meetup.", "2 meetups, newest first."]);
    expect([en.topic.count(1), en.topic.count(3)]).toEqual([
      "1 meetup on this topic.",
      "3 meetups on this topic, newest first.",
    ]);
    expect([en.talks.count(1, 1), en.talks.count(2, 1)]).toEqual([
      "1 talk from 1 meetup.",
      "2 talks from 1 meetup, newest first.",
    ]);
    for (const line of [he.archive.count(1), he.topic.count(1), he.talks.count(1, 1)])
      expect(line).not.toMatch(/לישנה?/);
    expect(he.archive.count(2)).toMatch(/מהחדש לישן\.$/);
  });
});

describe("recordings for search engines", () => {
  const evening = hebrew.meetups.find((m) => m.slug === "2025-01-15-ebpf-בפרודקשן")!;

  it("describes each recording that plays on the page as a VideoObject: title, abstract, our image, the day", () => {
    const videos = recordingsJsonLd(evening);
    // Percent-encoded, as URIs are.
    const page = encodeURI(`https://kerneltlv.com/meetups/2025-01-15-ebpf-בפרודקשן/`);
    expect(videos).toHaveLength(3);
    expect(videos[0]).toEqual({
      "@context": "https://schema.org",
      "@type": "VideoObject",
      "@id": `${page}#${encodeURI("talk-ebpf-בפרודקשן-מה-למדנו-בשנה-הראשונה")}`,
      name: "eBPF בפרודקשן: מה למדנו בשנה הראשונה",
      description: "מה קרה כשהעברנו את כל ה-tracing שלנו ל-eBPF: מה עבד, מה נשבר, ומה היינו עושים אחרת.",
      thumbnailUrl: `${page}preview.png`,
      uploadDate: "2025-01-15",
      embedUrl: "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=42",
      url: "https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=42s",
      // The unit tests run under the KernelTLV settings: a meetup that names no language is in English.
      inLanguage: "en",
    });
    // No abstract, no description.
    expect(videos[2]).not.toHaveProperty("description");
    expect(videos[2]?.embedUrl).toBe("https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv");
    expect(videos[1]?.embedUrl).toBe("https://player.vimeo.com/video/76979871?dnt=1&h=9a1b2c3d4e");
  });

  it("gives each recording its talk's language, else its meetup's", () => {
    const m = meetupOrThrow(
      `---\ntitle: ערב\ndate: 2099-12-01T19:00:00+02:00\nlanguage: he\nschedule:\n  - time: "19:00"\n    title: בעברית\n    speakers: [dana-fixture]\n    video: https://youtu.be/aqz-KE-bpKQ\n  - time: "19:30"\n    title: In English\n    speakers: [dana-fixture]\n    language: en\n    video: https://vimeo.com/76979871\n---\n`,
    );
    expect(recordingsJsonLd(m).map((v) => [v.name, v.inLanguage])).toEqual([
      ["בעברית", "he"],
      ["In English", "en"],
    ]);
  });

  it("leaves out a recording that is only a link, and a meetup without recordings has none", () => {
    const memory = catalog.getMeetup("2015-12-01-memory-models")!;
    expect(memory.schedule[1]?.recording?.provider).toBe("other");
    expect(recordingsJsonLd(memory)).toEqual([]);
    expect(recordingsJsonLd(catalog.getMeetup("2099-03-10-ebpf-everywhere")!)).toEqual([]);
  });

  it("reads an abstract's text out of its HTML, entities decoded, blocks apart", () => {
    expect(
      htmlText(
        '<p dir="auto">How to see <strong>every</strong> switch &amp; more.</p>\n<ul><li>one</li><li>two</li></ul>',
      ),
    ).toBe("How to see every switch & more. one two");
  });
});

describe("where a recording plays from", () => {
  it("names YouTube and Vimeo, and a PeerTube instance or any other site by its host", () => {
    expect(recordingService(recordingOf("https://youtu.be/aqz-KE-bpKQ"))).toBe("YouTube");
    expect(recordingService(recordingOf("https://vimeo.com/76979871"))).toBe("Vimeo");
    expect(recordingService(recordingOf("https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv"))).toBe("tube.example.org");
    expect(recordingService(recordingOf("https://www.example.com/videos/lkmm"))).toBe("example.com");
  });
});
