import type { Meetup, Slot, Speaker } from "../content/schema";
import { phaseAt } from "./phases";
import { isAnnouncedTalk } from "./talks";
import { topicSlug } from "./text";
import { yearInZone } from "./time";

export interface Talk {
  meetup: Meetup;
  slot: Slot;
}

/** The talks of one year (in their meetups' own zones), newest first. */
export interface TalkYear {
  year: number;
  talks: Talk[];
}

export interface Topic {
  slug: string;
  name: string;
  meetups: Meetup[];
}

export { topicSlug } from "./text";

/** The `count` topics with the most meetups, most first; a tie goes by name. */
export function frequentTopics(topics: Topic[], count: number): Topic[] {
  return [...topics]
    .sort((a, b) => b.meetups.length - a.meetups.length || a.name.localeCompare(b.name))
    .slice(0, count);
}

/**
 * Each topic's name, by its slug: the spelling most meetups use; on a tie, the
 * newest meetup's (`meetups` newest first).
 */
function topicNames(meetups: Meetup[]): Map<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  for (const m of meetups) {
    for (const topic of m.topics) {
      const counts = spellings.get(topicSlug(topic)) ?? new Map<string, number>();
      spellings.set(topicSlug(topic), counts.set(topic, (counts.get(topic) ?? 0) + 1));
    }
  }
  // Map keeps the order spellings were met in, and sort is stable: a tie goes to the newest.
  return new Map([...spellings].map(([slug, counts]) => [slug, [...counts].sort((a, b) => b[1] - a[1])[0]![0]]));
}

/** The items by their meetup's year (in its own zone), in the order they come. */
function byYear<T>(items: T[], meetupOf: (item: T) => Meetup): [number, T[]][] {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const { start, timeZone } = meetupOf(item);
    const year = yearInZone(start, timeZone);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years];
}

/** A meetup is upcoming until it ends, so one happening now is still "upcoming". */
export const isOver = (m: Meetup, now: Date): boolean => phaseAt(m.start, m.end, now.getTime()) === "past";

/** The queries the pages ask of the content, over validated meetups and speakers. */
export function createCatalog(allMeetups: Meetup[], allSpeakers: Speaker[], opts: { publish: boolean }) {
  const published = allMeetups
    .filter((m) => !(opts.publish && m.draft))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  // One topic, one name: "Tracing" and "tracing" are the same page, so every meetup shows it as most write it.
  const named = topicNames(published);
  const meetups = published.map((m) =>
    m.topics.every((topic) => named.get(topicSlug(topic)) === topic)
      ? m
      : { ...m, topics: [...new Set(m.topics.map((topic) => named.get(topicSlug(topic)) ?? topic))] },
  );
  const speakers = [...allSpeakers].sort((a, b) => a.name.localeCompare(b.name));
  const speakerBySlug = new Map(speakers.map((s) => [s.slug, s]));

  const speakersOf = (slot: Slot): Speaker[] => slot.speakers.flatMap((slug) => speakerBySlug.get(slug) ?? []);

  // Newest meetup first; within an evening, in the order it ran.
  const talks: Talk[] = meetups.flatMap((meetup) =>
    meetup.schedule.filter(isAnnouncedTalk).map((slot) => ({ meetup, slot })),
  );
  // A cancelled meetup's talks were never given: the archive, the speakers' pages and the counts leave them out.
  const given = talks.filter(({ meetup }) => meetup.status !== "cancelled");
  // Sorted again: two meetups in far-apart zones around New Year can sort by instant against their years.
  const talkYears: TalkYear[] = byYear(given, (talk) => talk.meetup)
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({ year, talks: list }));
  const meetupYears = byYear(meetups, (m) => m).map(([year, list]) => ({ year, meetups: list }));

  const topics = new Map<string, Topic>();
  for (const m of meetups) {
    for (const name of m.topics) {
      const slug = topicSlug(name);
      const topic = topics.get(slug) ?? { slug, name, meetups: [] };
      topic.meetups.push(m);
      topics.set(slug, topic);
    }
  }

  return {
    /** Every published meetup, newest first. */
    allMeetups: () => meetups,
    getMeetup: (slug: string) => meetups.find((m) => m.slug === slug),
    /** Soonest first. */
    upcomingMeetups: (now: Date) => meetups.filter((m) => !isOver(m, now)).reverse(),
    /** Newest first. */
    pastMeetups: (now: Date) => meetups.filter((m) => isOver(m, now)),
    meetupsByYear: () => meetupYears,
    allSpeakers: () => speakers,
    getSpeaker: (slug: string) => speakerBySlug.get(slug),
    speakersOf,
    /** Speakers of a meetup's talks, each once, in schedule order. */
    meetupSpeakers: (m: Meetup) => [...new Set(m.schedule.flatMap(speakersOf))],
    /** Every talk of a speaker across meetups, newest first, but those of a cancelled meetup. */
    talksBy: (speakerSlug: string): Talk[] => given.filter(({ slot }) => slot.speakers.includes(speakerSlug)),
    /**
     * Every talk of every published meetup, a cancelled one's too (its calendars say so):
     * newest meetup first, each evening's talks in order.
     */
    allTalks: () => talks,
    /** The talks given, or still to be given: all but a cancelled meetup's. */
    givenTalks: () => given,
    /** The given talks by year, newest year first; a year without talks isn't there. */
    talksByYear: () => talkYears,
    allTopics: () => [...topics.values()].sort((a, b) => a.name.localeCompare(b.name)),
    getTopic: (slug: string) => topics.get(slug),
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
