import fs from "node:fs";
import path from "node:path";
import { allMeetupDocs, allSpeakerDocs } from "contentlayer/generated";
import { checkCollection } from "./content/collection";
import { ContentError } from "./content/problems";
import type { Meetup, Slot, Speaker, SpeakerLink } from "./content/types";
import { yearInZone } from "./time";

export type { Meetup, Slot, Speaker, SpeakerLink };

// Contentlayer has already run each file through lib/content (its computed
// fields), so the documents carry validated, normalised data.
const publish = process.env.NODE_ENV === "production";

const meetups: Meetup[] = allMeetupDocs
  .map((d) => d.meetup as Meetup)
  .filter((m) => !(publish && m.draft))
  .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));

const speakers: Speaker[] = allSpeakerDocs
  .map((d) => d.speaker as Speaker)
  .sort((a, b) => a.name.localeCompare(b.name));

// The content step checks this before the build; checking again here keeps a
// bare `next build` from shipping a talk by a speaker who has no page.
const problems = checkCollection(meetups, speakers, (p) => fs.existsSync(path.join("public", p)));
if (problems.length > 0) throw new ContentError(problems);

const speakerBySlug = new Map(speakers.map((s) => [s.slug, s]));

/** Every published meetup, newest first. */
export function allMeetups(): Meetup[] {
  return meetups;
}

export function getMeetup(slug: string): Meetup | undefined {
  return meetups.find((m) => m.slug === slug);
}

/** A meetup is upcoming until it ends, so one happening now is still "upcoming". */
export function isOver(m: Meetup, now: Date): boolean {
  return Date.parse(m.end) <= now.getTime();
}

/** Soonest first. */
export function upcomingMeetups(now: Date): Meetup[] {
  return meetups.filter((m) => !isOver(m, now)).reverse();
}

/** Newest first. */
export function pastMeetups(now: Date): Meetup[] {
  return meetups.filter((m) => isOver(m, now));
}

export function meetupsByYear(): { year: number; meetups: Meetup[] }[] {
  const years = new Map<number, Meetup[]>();
  for (const m of meetups) {
    const year = yearInZone(m.start, m.timeZone);
    years.set(year, [...(years.get(year) ?? []), m]);
  }
  return [...years.entries()].map(([year, list]) => ({ year, meetups: list }));
}

export function allSpeakers(): Speaker[] {
  return speakers;
}

export function getSpeaker(slug: string): Speaker | undefined {
  return speakerBySlug.get(slug);
}

export function speakersOf(slot: Slot): Speaker[] {
  return slot.speakers.flatMap((slug) => speakerBySlug.get(slug) ?? []);
}

/** Speakers of a meetup's talks, each once, in schedule order. */
export function meetupSpeakers(m: Meetup): Speaker[] {
  return [...new Set(m.schedule.flatMap((s) => speakersOf(s)))];
}

export interface Talk {
  meetup: Meetup;
  slot: Slot;
}

/** Every talk of a speaker across meetups, newest first. */
export function talksBy(speakerSlug: string): Talk[] {
  return meetups.flatMap((meetup) =>
    meetup.schedule.filter((slot) => slot.speakers.includes(speakerSlug)).map((slot) => ({ meetup, slot })),
  );
}

export interface Topic {
  slug: string;
  name: string;
  meetups: Meetup[];
}

/** "Real-time Linux" -> "real-time-linux"; letters of any script are kept. */
export function topicSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function allTopics(): Topic[] {
  const topics = new Map<string, Topic>();
  for (const m of meetups) {
    for (const name of m.topics) {
      const slug = topicSlug(name);
      const topic = topics.get(slug) ?? { slug, name, meetups: [] };
      topic.meetups.push(m);
      topics.set(slug, topic);
    }
  }
  return [...topics.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function getTopic(slug: string): Topic | undefined {
  return allTopics().find((t) => t.slug === slug);
}
