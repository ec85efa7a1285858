import fs from "node:fs";
import path from "node:path";
import { allMeetupDocs, allSpeakerDocs } from "contentlayer/generated";
import { createCatalog } from "./catalog";
import { checkCollection } from "./content/collection";
import { ContentError } from "./content/problems";
import type { Meetup, Speaker } from "./content/types";

export type { Meetup, Slot, Speaker, SpeakerLink } from "./content/types";
export { isOver, topicSlug, type Talk, type Topic } from "./catalog";

// Contentlayer has already run each file through lib/content (its computed
// fields), so the documents carry validated, normalised data.
const meetups = allMeetupDocs.map((d) => d.meetup as Meetup);
const speakers = allSpeakerDocs.map((d) => d.speaker as Speaker);

// The content step checks this before the build; checking again here keeps a
// bare `next build` from shipping a talk by a speaker who has no page.
const problems = checkCollection(meetups, speakers, (p) => fs.existsSync(path.join("public", p)));
if (problems.length > 0) throw new ContentError(problems);

// Drafts are previewed in `npm run dev` and never built into the export.
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
  allTopics,
  getTopic,
} = createCatalog(meetups, speakers, { publish: process.env.NODE_ENV === "production" });
