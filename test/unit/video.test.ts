import { describe, expect, it } from "vitest";
import { recordingOf, videoProblem } from "@/lib/site/recordings";

// A talk's recording (CONTENT.md, "More about a meetup"): YouTube, Vimeo and
// PeerTube addresses become a privacy-friendly player; anything else stays a link.

const ID = "dQw4w9WgXcQ";
const NOCOOKIE = `https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`;

describe("YouTube", () => {
  it.each([
    `https://www.youtube.com/watch?v=${ID}`,
    `https://youtube.com/watch?v=${ID}&list=PL0123&index=2`,
    `https://m.youtube.com/watch?feature=share&v=${ID}`,
    `https://youtu.be/${ID}`,
    `https://youtu.be/${ID}?si=abcdef`,
    `https://www.youtube.com/live/${ID}?feature=shared`,
    `https://www.youtube.com/shorts/${ID}`,
    `https://www.youtube.com/embed/${ID}`,
    `https://www.youtube-nocookie.com/embed/${ID}`,
    `https://WWW.YouTube.com/watch?v=${ID}`,
  ])("plays %s through youtube-nocookie.com", (url) => {
    expect(recordingOf(url)).toEqual({
      url,
      provider: "youtube",
      id: ID,
      embed: NOCOOKIE,
      watch: `https://www.youtube.com/watch?v=${ID}`,
    });
  });

  it.each([
    [`https://youtu.be/${ID}?t=90`, 90],
    [`https://www.youtube.com/watch?v=${ID}&t=90s`, 90],
    [`https://www.youtube.com/watch?v=${ID}&t=1h2m3s`, 3723],
    [`https://www.youtube.com/watch?v=${ID}&t=4m`, 240],
    [`https://www.youtube.com/embed/${ID}?start=75`, 75],
    [`https://www.youtube.com/live/${ID}?t=600`, 600],
  ])("keeps the start time of %s", (url, start) => {
    const recording = recordingOf(url);
    expect(recording.embed).toBe(`${NOCOOKIE}&start=${start}`);
    expect(recording.watch).toBe(`https://www.youtube.com/watch?v=${ID}&t=${start}s`);
  });

  it("ignores a start time it can't read, rather than passing it on", () => {
    expect(recordingOf(`https://youtu.be/${ID}?t=soon`).embed).toBe(NOCOOKIE);
    expect(recordingOf(`https://youtu.be/${ID}?t=0`).embed).toBe(NOCOOKIE);
  });

  it.each([
    `https://www.youtube.com/watch?v=${ID}x`,
    `https://www.youtube.com/watch?v=short`,
    `https://youtu.be/${ID.slice(1)}`,
  ])("never puts an id cut short or run on into a player: %s is a link, and a problem for the gate", (url) => {
    expect(recordingOf(url)).toEqual({ url, provider: "other" });
    expect(videoProblem(url)).toMatch(/expected a YouTube video address like https:\/\/www\.youtube\.com\/watch\?v=/);
  });

  it.each([
    `https://www.youtube.com/watch?v=...`,
    `https://www.youtube.com/watch?v="><script>`,
    `https://www.youtube.com/watch`,
    `https://www.youtube.com/embed/${ID}%22%3E`,
    `https://www.youtube.com/shorts/a/b`,
  ])("never puts what is no id into a player: %s is a plain link, as the contract's placeholder is", (url) => {
    expect(recordingOf(url)).toEqual({ url, provider: "other" });
    expect(videoProblem(url)).toBeUndefined();
  });

  it.each([
    "https://www.youtube.com/@kerneltlv",
    "https://www.youtube.com/playlist?list=PL0123",
    "https://www.youtube.com/embed/videoseries?list=PL0123",
    "https://www.youtube.com/embed/live_stream?channel=UC0123",
    `https://notyoutube.com/watch?v=${ID}`,
    `https://youtube.com.evil.example/watch?v=${ID}`,
  ])("keeps %s, which is no single video on YouTube, as a plain link", (url) => {
    expect(recordingOf(url)).toEqual({ url, provider: "other" });
    expect(videoProblem(url)).toBeUndefined();
  });
});

describe("Vimeo", () => {
  it.each([
    ["https://vimeo.com/76979871", "https://vimeo.com/76979871"],
    ["https://www.vimeo.com/76979871?share=copy", "https://vimeo.com/76979871"],
    ["https://player.vimeo.com/video/76979871", "https://vimeo.com/76979871"],
    ["https://vimeo.com/channels/staffpicks/76979871", "https://vimeo.com/76979871"],
  ])("plays %s through Vimeo's player without tracking", (url, watch) => {
    expect(recordingOf(url)).toEqual({
      url,
      provider: "vimeo",
      id: "76979871",
      embed: "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1",
      watch,
    });
  });

  it.each(["https://vimeo.com/76979871/9a1b2c3d4e", "https://player.vimeo.com/video/76979871?h=9a1b2c3d4e"])(
    "keeps the private hash of the unlisted video %s",
    (url) => {
      const recording = recordingOf(url);
      expect(recording.embed).toBe("https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=9a1b2c3d4e");
      expect(recording.watch).toBe("https://vimeo.com/76979871/9a1b2c3d4e");
    },
  );

  it.each(["https://vimeo.com/7697x871", "https://player.vimeo.com/video/76979871?h=<b>", "https://vimeo.com/1/zz"])(
    "refuses the malformed %s",
    (url) => {
      expect(recordingOf(url).provider).toBe("other");
      expect(videoProblem(url)).toMatch(/expected a Vimeo video address like https:\/\/vimeo\.com\/76979871/);
    },
  );

  it("keeps a Vimeo page that is no video as a link", () => {
    expect(recordingOf("https://vimeo.com/kerneltlv")).toEqual({
      url: "https://vimeo.com/kerneltlv",
      provider: "other",
    });
    expect(videoProblem("https://vimeo.com/kerneltlv")).toBeUndefined();
  });
});

describe("PeerTube, on any instance", () => {
  const uuid = "9c9de5e8-0a1e-484a-b099-e80766180a6d";
  it.each([
    ["https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv", "kkGMgK9ZtnKfYAgnEtQxbv"],
    [`https://peertube.example/videos/watch/${uuid}`, uuid],
    [`https://peertube.example/videos/embed/${uuid}`, uuid],
    [`https://peertube.example/w/${uuid}?start=1m`, uuid],
  ])("plays %s from its own instance", (url, id) => {
    const host = new URL(url).host;
    expect(recordingOf(url)).toEqual({
      url,
      provider: "peertube",
      id,
      embed: `https://${host}/videos/embed/${id}?autoplay=1`,
      watch: `https://${host}/w/${id}`,
    });
  });

  it.each([
    "https://tube.example.org/w/p/kkGMgK9ZtnKfYAgnEtQxbv",
    "https://tube.example.org/w/short",
    "https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxb0",
    "http://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv",
    "https://wiki.example.org/w/index.php",
  ])("keeps %s as a link: a playlist, not an id, or not https", (url) => {
    expect(recordingOf(url)).toEqual({ url, provider: "other" });
  });
});

describe("any other address", () => {
  it("is a link, with nothing to embed", () => {
    const url = "https://media.ccc.de/v/some-talk";
    expect(recordingOf(url)).toEqual({ url, provider: "other" });
    expect(videoProblem(url)).toBeUndefined();
  });

  it("is a link even when it isn't a URL at all, and never throws", () => {
    expect(recordingOf("not a url")).toEqual({ url: "not a url", provider: "other" });
    expect(videoProblem("not a url")).toBeUndefined();
  });
});
