import type { Recording, VideoProvider } from "../content/schema";

// Pure, so that the gate, the pages and the browser's player all read a URL one way. Player addresses are built
// from a checked id, never copied from the organizer's URL: nothing odd reaches an iframe's src.

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(["youtube.com", "m.youtube.com", "youtube-nocookie.com"]);
const VIMEO_ID = /^\d{1,12}$/;
// The private hash of an unlisted Vimeo video: hexadecimal, as Vimeo issues it.
const VIMEO_HASH = /^[0-9a-f]{6,20}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// PeerTube's short ids are UUIDs in Flickr's base58 alphabet (no 0, O, I or l).
const PEERTUBE_SHORT_ID = /^[1-9A-HJ-NP-Za-km-z]{20,22}$/;

type Parsed = Omit<Recording, "url"> | { problem: string };

/** What `url` plays as: a YouTube, Vimeo or PeerTube player, or a plain link ("other"). */
export function recordingOf(url: string): Recording {
  const parsed = parse(url);
  return "problem" in parsed ? { url, provider: "other" } : { url, ...parsed };
}

/** Why a YouTube or Vimeo video `url` can't be a recording (a malformed id), or undefined: others show as links. */
export function videoProblem(url: string): string | undefined {
  const parsed = parse(url);
  return "problem" in parsed ? parsed.problem : undefined;
}

const OTHER: Parsed = { provider: "other" };

function parse(text: string): Parsed {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return OTHER;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return OTHER;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const segments = url.pathname.split("/").slice(1);
  if (host === "youtu.be" || YOUTUBE_HOSTS.has(host)) return youtube(url, host, segments);
  if (host === "vimeo.com" || host === "player.vimeo.com") return vimeo(url, host, segments);
  // PeerTube serves its own player, so its embed needs https on the instance itself.
  if (url.protocol === "https:") return peertube(url, segments);
  return OTHER;
}

const CHANNEL_PLAYERS = new Set(["videoseries", "live_stream"]);

function youtube(url: URL, host: string, segments: string[]): Parsed {
  const [first, second, ...rest] = segments;
  let id: string | undefined;
  if (host === "youtu.be") id = segments.length === 1 ? first : "";
  else if (first === "watch" && segments.length === 1) id = url.searchParams.get("v") ?? "";
  // "embed/videoseries?list=..." and "embed/live_stream?channel=..." are a playlist's and a channel's players,
  // and their names have an id's length.
  else if ((first === "live" || first === "shorts" || first === "embed") && second && !CHANNEL_PLAYERS.has(second)) {
    id = rest.length === 0 ? second : "";
  }
  // Channels, playlists and the like are pages, not one video, and "watch?v=..." names none: a link.
  if (id === undefined || !/^[\w-]+$/.test(id)) return OTHER;
  // An id's letters in the wrong number: a copy cut short or run on.
  if (!YOUTUBE_ID.test(id)) {
    return { problem: "expected a YouTube video address like https://www.youtube.com/watch?v=<the 11-character id>" };
  }
  const start = secondsOf(url.searchParams.get("t") ?? url.searchParams.get("start"));
  return {
    provider: "youtube",
    id,
    embed: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ""}`,
    watch: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ""}`,
  };
}

/** YouTube's start time: "90", "90s", "1h2m3s"; anything else is no start time. */
function secondsOf(value: string | null): number | undefined {
  const m = value ? /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value) : null;
  if (!m) return undefined;
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

function vimeo(url: URL, host: string, segments: string[]): Parsed {
  let id: string | undefined;
  let hash: string | null | undefined;
  if (host === "player.vimeo.com") {
    if (segments[0] === "video" && segments.length === 2) [id, hash] = [segments[1], url.searchParams.get("h")];
  } else if (segments.length >= 1 && /^\d/.test(segments[0]!)) {
    // vimeo.com/<id> and, for an unlisted video, vimeo.com/<id>/<hash>.
    id = segments.length <= 2 ? segments[0] : "";
    hash = segments[1];
  } else if (segments[0] === "channels" && segments.length === 3) id = segments[2];
  if (id === undefined) return OTHER;
  if (!VIMEO_ID.test(id) || (hash && !VIMEO_HASH.test(hash))) {
    return {
      problem: "expected a Vimeo video address like https://vimeo.com/76979871 (or, unlisted, with its hash after it)",
    };
  }
  return {
    provider: "vimeo",
    id,
    embed: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1${hash ? `&h=${hash}` : ""}`,
    watch: `https://vimeo.com/${id}${hash ? `/${hash}` : ""}`,
  };
}

// Any host may run PeerTube, so only its own path forms, with an id in one of
// its two shapes, are read as one; everything else is a link.
function peertube(url: URL, segments: string[]): Parsed {
  const [first, second, third] = segments;
  let id: string | undefined;
  if (first === "w" && segments.length === 2) id = second;
  else if (first === "videos" && (second === "watch" || second === "embed") && segments.length === 3) id = third;
  if (id === undefined || !(UUID.test(id) || PEERTUBE_SHORT_ID.test(id))) return OTHER;
  return {
    provider: "peertube",
    id,
    embed: `https://${url.host}/videos/embed/${id}?autoplay=1`,
    watch: `https://${url.host}/w/${id}`,
  };
}

const SERVICE_NAMES: Partial<Record<VideoProvider, string>> = { youtube: "YouTube", vimeo: "Vimeo" };

/**
 * Where a recording plays from, as a visitor knows it: YouTube, Vimeo, or the
 * host of anything else (a PeerTube instance is its own site: tube.example.org).
 */
export function recordingService(recording: Recording): string {
  const known = SERVICE_NAMES[recording.provider];
  if (known) return known;
  try {
    return new URL(recording.watch ?? recording.url).hostname.replace(/^www\./, "");
  } catch {
    return recording.url;
  }
}
