import type { Talk, TalkYear, Topic } from "./catalog";
import type { Slot, Speaker } from "../content/schema";

// /talks/ shows the latest years and every year has a page of its own, so that no page grows with the archive.

/** A talk slot whose talk isn't known yet (npm run new writes two): kind: talk, this title, no speakers. */
export const TO_BE_ANNOUNCED = "To be announced";

/**
 * A talk as the talk archive, the speakers' and topics' lists and search count
 * it: not one to be announced, which the meetup's page shows only as a slot.
 */
export const isAnnouncedTalk = (slot: Slot): boolean =>
  slot.kind === "talk" &&
  !(slot.speakers.length === 0 && slot.title.trim().toLowerCase() === TO_BE_ANNOUNCED.toLowerCase());

/** /talks/ shows whole years, newest first, until it has at least this many talks (so never only January's two). */
export const LATEST_TALKS = 40;

/** The years an archive's first page shows, newest first: as many as it takes to reach `atLeast` entries. */
export function latestYears<Y>(years: Y[], size: (year: Y) => number, atLeast: number): Y[] {
  const shown: Y[] = [];
  let count = 0;
  for (const year of years) {
    if (count >= atLeast) break;
    shown.push(year);
    count += size(year);
  }
  return shown;
}

/** The years /talks/ shows. */
export const latestTalkYears = (years: TalkYear[]) => latestYears(years, (y) => y.talks.length, LATEST_TALKS);

/** /meetups/ shows whole years, newest first, until it has at least this many meetups; every year has a page. */
export const LATEST_MEETUPS = 40;

/** The years /meetups/ shows. */
export const latestMeetupYears = <Y extends { meetups: unknown[] }>(years: Y[]) =>
  latestYears(years, (y) => y.meetups.length, LATEST_MEETUPS);

/** Past this many meetups, a topic's list goes on over further pages (/topics/<topic>/<n>/). */
export const TOPIC_PAGE_SIZE = 50;

/** How many pages a topic takes (/topics/<topic>/, then /topics/<topic>/2/, ...). */
export const topicPages = (topic: Topic) => Math.max(1, Math.ceil(topic.meetups.length / TOPIC_PAGE_SIZE));

/** How many meetups the talks come from. */
export const meetupCount = (talks: Talk[]): number => new Set(talks.map((talk) => talk.meetup.slug)).size;

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
