import type { MetadataRoute } from "next";
import { allMeetups, allSpeakers, allTopics, talksByYear } from "@/lib/meetups";
import { codeOfConduct } from "@/lib/pages";
import { SEARCH_PATH } from "@/lib/search";
import {
  absoluteUrl,
  CODE_OF_CONDUCT_PATH,
  meetupPath,
  PROPOSE_PATH,
  speakerPath,
  TALKS_PATH,
  talksYearPath,
  topicPath,
} from "@/lib/urls";

export const dynamic = "force-static";

/** Every page of the site, for search engines. */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = [
    "/",
    "/meetups/",
    "/speakers/",
    TALKS_PATH,
    ...talksByYear().map((y) => talksYearPath(y.year)),
    PROPOSE_PATH,
    SEARCH_PATH,
    ...(codeOfConduct() ? [CODE_OF_CONDUCT_PATH] : []),
    ...allMeetups().map((m) => meetupPath(m.slug)),
    ...allSpeakers().map((s) => speakerPath(s.slug)),
    ...allTopics().map((t) => topicPath(t.slug)),
  ];
  return pages.map((p) => ({ url: absoluteUrl(p) }));
}
