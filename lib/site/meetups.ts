import { allMeetups as meetupDocuments, allSpeakers as speakerDocuments } from "contentlayer/generated";
import { createCatalog } from "./catalog";

export type { Meetup, Slot, Speaker } from "../content/schema";
export { frequentTopics, topicSlug, type Talk, type TalkYear, type Topic } from "./catalog";

// Contentlayer's documents are what the content gate accepted, already checked
// and rendered (see contentlayer.config.ts): the pages only ask questions of them.
// A published build hands Contentlayer no drafts; the preview shows them.
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
