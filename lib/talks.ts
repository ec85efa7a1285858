import type { Talk, TalkYear } from "./catalog";
import type { Speaker } from "./content/types";

// The talk archive's arrangement: /talks/ shows the latest years, and every
// year has a page of its own (/talks/<year>/), so that no page grows with the
// archive. A year of weekly meetups is about a hundred talks, tens of KiB of
// HTML gzipped; all of them at once would be megabytes.

/** /talks/ shows whole years, newest first, until it has at least this many talks (so never only January's two). */
export const LATEST_TALKS = 40;

/** The years /talks/ shows: the newest, and as many before it as it takes to reach `atLeast` talks. */
export function latestYears(years: TalkYear[], atLeast = LATEST_TALKS): TalkYear[] {
  const shown: TalkYear[] = [];
  let count = 0;
  for (const year of years) {
    if (count >= atLeast) break;
    shown.push(year);
    count += year.talks.length;
  }
  return shown;
}

/** How many meetups the talks come from. */
export function meetupCount(talks: Talk[]): number {
  return new Set(talks.map((talk) => talk.meetup.slug)).size;
}

export interface SpeakerTalks {
  speaker: Speaker;
  talks: number;
}

/** Every speaker who has given one of `talks`, with how many, in the order of `speakers` (by name). */
export function speakersWithTalks(talks: Talk[], speakers: Speaker[]): SpeakerTalks[] {
  const counts = new Map<string, number>();
  for (const { slot } of talks) {
    for (const slug of new Set(slot.speakers)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return speakers.flatMap((speaker) => {
    const n = counts.get(speaker.slug);
    return n ? [{ speaker, talks: n }] : [];
  });
}
