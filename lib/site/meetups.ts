import { allMeetups as meetupDocuments, allSpeakers as speakerDocuments } from "contentlayer/generated";
import { createCatalog } from "./catalog";
import { arrangeHome, isCalledOff, liveMeetup } from "./phases";

export type { Meetup, Slot, Speaker } from "../content/schema";
export { frequentTopics, topicSlug, type Talk, type TalkYear, type Topic } from "./catalog";

// Contentlayer's documents are what the content gate accepted, checked and rendered: the pages only ask
// questions of them. A production build leaves drafts out; the preview shows them.
/** The site's meetups and speakers, as every page asks about them (and the export step too). */
export const catalog = createCatalog(meetupDocuments, speakerDocuments, {
  publish: process.env.NODE_ENV === "production",
});

export const {
  allMeetups,
  getMeetup,
  upcomingMeetups,
  pastMeetups,
  meetupsByYear,
  allSpeakers,
  getSpeaker,
  speakersOf,
  meetupSpeakers,
  talksBy,
  allTalks,
  givenTalks,
  talksByYear,
  allTopics,
  getTopic,
} = catalog;

/**
 * What a page arranged like the home page may show until the next build, and the data the live-time module
 * arranges it by (with the status, so that one called off is never listed as coming).
 */
export function homeMeetups(count: number, now: number) {
  const upcoming = upcomingMeetups(new Date(now));
  const leads = upcoming.filter((m) => !isCalledOff(m.status));
  const off = upcoming.filter((m) => isCalledOff(m.status));
  const past = pastMeetups(new Date(now))
    .filter((m) => !isCalledOff(m.status))
    .slice(0, count);
  const data = { upcoming: upcoming.map(liveMeetup), recent: past.map(liveMeetup), count };
  const plan = arrangeHome(data.upcoming, data.recent, count, now);
  return { leads, off, recent: [...leads].reverse().concat(past), plan, data };
}
