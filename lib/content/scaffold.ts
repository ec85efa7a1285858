import { fileNameProblem } from "./files";
import { toMarkdownFile } from "./front-matter";
import { problemsOfWriting } from "./load";
import { contentDir, publicDir, sourcePathOf } from "./paths";
import { PLACEHOLDERS } from "./placeholders";
import { formatProblem, type Problem } from "./problems";
import { site } from "../site/config";
import { TO_BE_ANNOUNCED } from "../site/talks";
import { slugify } from "../site/text";
import { isCalendarDay, isClock, isoInZone, readWallClock } from "../site/time";
import { meetupPath, speakerPath } from "../site/urls";

export interface NewMeetup {
  title: string;
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM, wall clock in the site's zone */
  start?: string;
  end?: string;
  venue?: string;
  address?: string;
  rsvp?: string;
  topics?: string[];
  draft?: boolean;
}

export interface NewSpeaker {
  name: string;
  role?: string;
  website?: string;
  github?: string;
  linkedin?: string;
}

export interface Scaffold {
  /** Path from the content folder, e.g. meetups/2026-12-08-ebpf-night.md */
  relPath: string;
  text: string;
  /** The page's path on the site. */
  page: string;
}

/** Builds a meetup file from an organizer's answers, and checks it the way the build will. */
export function scaffoldMeetup(input: NewMeetup): Scaffold {
  if (!isCalendarDay(input.day)) throw new Error(`date: expected a day like 2026-12-08, got "${input.day}"`);
  for (const field of ["start", "end"] as const) {
    const value = input[field];
    if (value !== undefined && !isClock(value)) throw new Error(`${field}: expected a time like 19:00, got "${value}"`);
  }
  const start = input.start ?? "19:00";
  const end = input.end ?? "21:00";
  const slug = `${input.day}-${slugify(input.title) || "meetup"}`;
  const zone = site.timeZone;
  const front: Record<string, unknown> = {
    title: input.title,
    date: isoInZone(readWallClock(input.day, start, zone).instant, zone),
    end: isoInZone(readWallClock(input.day, end, zone).instant, zone),
    ...(input.venue && { venue: { name: input.venue, ...(input.address && { address: input.address }) } }),
    ...(input.rsvp && { rsvp: input.rsvp }),
    ...(input.topics && input.topics.length > 0 && { topics: input.topics }),
    draft: input.draft ?? false,
    schedule: [
      { time: start, end: addMinutes(start, 30), title: "Gathering" },
      { time: addMinutes(start, 30), end: addMinutes(start, 75), title: TO_BE_ANNOUNCED, kind: "talk" },
      { time: addMinutes(start, 75), end: addMinutes(start, 90), title: "Break" },
      { time: addMinutes(start, 90), end, title: TO_BE_ANNOUNCED, kind: "talk" },
    ].filter((slot) => slot.time < end && slot.end <= end),
  };
  const text = toMarkdownFile(front, PLACEHOLDERS.body);
  const relPath = `meetups/${slug}.md`;
  check(relPath, text);
  return { relPath, text, page: meetupPath(slug) };
}

export function scaffoldSpeaker(input: NewSpeaker): Scaffold {
  const slug = slugify(input.name);
  if (!slug) throw new Error(`name: expected a name with letters in it, got "${input.name}"`);
  const links = Object.fromEntries(
    (["website", "github", "linkedin"] as const).flatMap((k) => (input[k] ? [[k, input[k]]] : [])),
  );
  const front: Record<string, unknown> = {
    name: input.name,
    ...(input.role && { role: input.role }),
    ...(Object.keys(links).length > 0 && { links }),
  };
  const relPath = `speakers/${slug}.md`;
  const text = toMarkdownFile(front, PLACEHOLDERS.bio);
  check(relPath, text);
  return { relPath, text, page: speakerPath(slug) };
}

/**
 * Refuses the file about to be written as the build would: its own problems, and any it would make beside the
 * other files (a topic another meetup spells otherwise). The scaffolder's placeholders are taken, as the preview
 * takes them.
 */
function check(relPath: string, text: string): void {
  const dir = contentDir();
  const nameProblem = fileNameProblem(relPath);
  const problems: Problem[] = [
    ...(nameProblem ? [{ file: sourcePathOf(dir, relPath), field: "file name", message: nameProblem }] : []),
    ...problemsOfWriting(dir, { relPath, text }, { publicDir: publicDir(), editing: true, render: false }),
  ];
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
}

function addMinutes(clock: string, minutes: number): string {
  const [h, m] = clock.split(":").map(Number);
  const total = Math.min((h ?? 0) * 60 + (m ?? 0) + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}
