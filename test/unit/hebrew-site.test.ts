import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { readSiteSettings } from "@/lib/content/settings";
import { buildCalendar, buildTalkCalendar } from "@/lib/outputs/calendar";
import { absoluteUrl, meetupPath, talkPath } from "@/lib/site/urls";

// The second example site (test/fixtures/hebrew): another group, in New York,
// with a Hebrew interface and Hebrew content. It passes the gate as it is, and
// reads in its own zone, whatever the machine's.

const root = path.resolve(import.meta.dirname, "../fixtures/hebrew");
const contentDir = path.join(root, "content");
const publicDir = path.join(root, "public");
const { settings, problems: settingsProblems } = readSiteSettings(path.join(root, "site.yml"));
const content = loadContent(contentDir, { publicDir, timeZone: settings?.timeZone });
const meetup = (slug: string) => content.meetups.find((m) => m.slug === slug)!;
const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;

describe("the Hebrew example site", () => {
  it("has settings for another group: New York's zone, a Hebrew interface, its own RSVP service and repository", () => {
    expect(settingsProblems).toEqual([]);
    expect(settings).toMatchObject({
      name: "קרנל ניו יורק",
      language: "he",
      timeZone: "America/New_York",
      country: "US",
      currency: "USD",
      rsvp: { service: "Luma" },
      repository: { url: "https://github.com/example/kernel-nyc", branch: "trunk" },
      homePastMeetups: 2,
    });
    expect(settings?.proposalsHtml).toMatch(/^<ul>\n<li dir="auto">ליבת לינוקס מבפנים/);
  });

  it("passes the gate with no problems, in its own zone and in the default one", () => {
    expect(content.problems).toEqual([]);
    expect(loadContent(contentDir, { publicDir }).problems).toEqual([]);
    expect(content.meetups.map((m) => m.slug).sort()).toEqual([
      "2025-01-15-ebpf-בפרודקשן",
      "2099-02-26-ערב-רשתות",
      "2099-03-07-hack-night",
      "2099-04-09-ערב-זיכרון",
      "2099-05-14-ערב-ebpf",
    ]);
    expect(content.speakers.map((s) => s.slug).sort()).toEqual(["david-cohen", "noa-levi", "sam-rivera"]);
  });

  it("reads a rescheduled meetup's old date on New York's clock too", () => {
    expect(meetup("2099-04-09-ערב-זיכרון")).toMatchObject({
      status: "rescheduled",
      start: "2099-04-23T18:30:00-04:00",
      previousStarts: ["2099-04-09T18:30:00-04:00"],
    });
  });

  it("reads meetup times on New York's clock, with its offset for each day", () => {
    expect(meetup("2099-05-14-ערב-ebpf")).toMatchObject({
      timeZone: "America/New_York",
      start: "2099-05-14T18:30:00-04:00",
      end: "2099-05-14T21:00:00-04:00",
    });
    expect(meetup("2025-01-15-ebpf-בפרודקשן").start).toBe("2025-01-15T18:30:00-05:00");
  });

  it("has a night across New York's change to summer time, three weeks before Israel's: 7.5 hours on the clock, 6.5 lived", () => {
    const night = meetup("2099-03-07-hack-night");
    expect(night).toMatchObject({
      start: "2099-03-07T20:00:00-05:00",
      end: "2099-03-08T03:30:00-04:00",
      language: "en",
    });
    expect(hours(night.start, night.end)).toBe(6.5);
    // Israel's clocks haven't moved yet: seven hours ahead of New York at the start, six at the end.
    const israel = (iso: string) =>
      new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Jerusalem", hour: "2-digit", minute: "2-digit" }).format(
        new Date(iso),
      );
    expect([israel(night.start), israel(night.end)]).toEqual(["03:00", "09:30"]);
    expect(night.schedule[1]).toMatchObject({ language: "he", anchor: "talk-הטלאי-הראשון-שלך-לליבה-בשידור-חי" });
  });

  it("has an upcoming evening with the way there, a stream, and hosts with logos", () => {
    const m = meetup("2099-05-14-ערב-ebpf");
    expect(m.online).toBe("https://www.youtube.com/live/aqz-KE-bpKQ");
    expect(m.venue).toMatchObject({ geo: { latitude: 40.7411, longitude: -73.9897 } });
    expect(m.venue?.directionsHtml).toContain("<strong>הרחוב הצדדי</strong>");
    expect(m.venue?.accessibilityHtml).toMatch(/^<p dir="auto">כניסה ללא מדרגות/);
    expect(m.hosts).toEqual([
      {
        name: "מעבדות דוגמה",
        url: "https://labs.example.org",
        logo: { src: "/hosts/example-labs.svg", width: 240, height: 80 },
      },
      {
        name: "Example Cloud",
        url: "https://cloud.example.org",
        logo: { src: "/hosts/example-cloud.png", width: 480, height: 160 },
      },
      { name: "קהילת לינוקס ישראל בניו יורק" },
    ]);
    expect(m.schedule.map((s) => s.language)).toEqual([undefined, undefined, undefined, "en"]);
  });

  it("has a past evening with photos, and talks with YouTube, Vimeo and PeerTube recordings and slides", () => {
    const m = meetup("2025-01-15-ebpf-בפרודקשן");
    expect(m.photos).toEqual([
      expect.objectContaining({ src: "/photos/2025-01-15/01.jpg", width: 1600, height: 1067 }),
      expect.objectContaining({ src: "/photos/2025-01-15/02.webp", width: 1200, height: 1600 }),
    ]);
    const talks = m.schedule.filter((s) => s.kind === "talk");
    expect(talks.map((t) => [t.recording?.provider, t.recording?.embed, t.slides])).toEqual([
      [
        "youtube",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&start=42",
        "/slides/2025-01-15/ebpf-in-production.pdf",
      ],
      [
        "vimeo",
        "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=9a1b2c3d4e",
        "https://speakerdeck.com/example/btrfs-three-weeks",
      ],
      [
        "peertube",
        "https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?autoplay=1",
        "https://example.org/slides/rt-upstream.pdf",
      ],
    ]);
    expect(talks.map((t) => t.anchor)).toEqual([
      "talk-ebpf-בפרודקשן-מה-למדנו-בשנה-הראשונה",
      "talk-באג-של-שלושה-שבועות-ב-btrfs",
      "talk-real-time-linux-finally-upstream",
    ]);
  });

  it("has a code of conduct in Hebrew", () => {
    expect(content.pages).toEqual([expect.objectContaining({ slug: "code-of-conduct", title: "קוד התנהגות" })]);
    expect(content.pages[0]?.bodyHtml).toContain('<h2 dir="auto">מה אנחנו מצפים</h2>');
  });
});

describe("the Hebrew site's addresses in what machines read", () => {
  const evening = meetup("2025-01-15-ebpf-בפרודקשן");
  const talk = evening.schedule.find((slot) => slot.anchor)!;

  it("are percent-encoded URIs, as iCalendar's URI values and sitemaps require, that lead to the page", () => {
    const page = absoluteUrl(meetupPath(evening.slug));
    expect(page).toBe(
      "https://kerneltlv.com/meetups/2025-01-15-ebpf-%D7%91%D7%A4%D7%A8%D7%95%D7%93%D7%A7%D7%A9%D7%9F/",
    );
    expect(decodeURI(new URL(page).pathname)).toBe(`/meetups/${evening.slug}/`);
    const ascii = /^[\x20-\x7e]*$/;
    const urlLine = (text: string) => text.split("\r\n").find((line) => line.startsWith("URL"))!;
    expect(urlLine(buildCalendar([evening], () => []))).toMatch(ascii);
    expect(urlLine(buildTalkCalendar(evening, talk, []))).toMatch(ascii);
    expect(decodeURIComponent(new URL(absoluteUrl(talkPath(evening.slug, talk.anchor!))).hash)).toBe(`#${talk.anchor}`);
  });
});
