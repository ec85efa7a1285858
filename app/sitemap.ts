import type { MetadataRoute } from "next";
import { allMeetups, allSpeakers, allTopics, meetupsByYear, talksByYear } from "@/lib/site/meetups";
import { codeOfConduct } from "@/lib/site/code-of-conduct";
import { SEARCH_PATH } from "@/lib/site/search-filters";
import { topicPages } from "@/lib/site/talks";
import {
  absoluteUrl,
  ARCHIVE_PATH,
  archiveYearPath,
  CODE_OF_CONDUCT_PATH,
  EMBED_PATH,
  meetupPath,
  PROPOSE_PATH,
  speakerPath,
  TALKS_PATH,
  talksYearPath,
  topicPath,
} from "@/lib/site/urls";

export const dynamic = "force-static";

/** Every page of the site, for search engines (Next writes sitemaps.org's XML). */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = [
    "/",
    ARCHIVE_PATH,
    ...meetupsByYear().map((y) => archiveYearPath(y.year)),
    "/speakers/",
    TALKS_PATH,
    ...talksByYear().map((y) => talksYearPath(y.year)),
    PROPOSE_PATH,
    SEARCH_PATH,
    EMBED_PATH,
    ...(codeOfConduct() ? [CODE_OF_CONDUCT_PATH] : []),
    ...allMeetups().map((m) => meetupPath(m.slug)),
    ...allSpeakers().map((s) => speakerPath(s.slug)),
    ...allTopics().flatMap((t) => Array.from({ length: topicPages(t) }, (_, i) => topicPath(t.slug, i + 1))),
  ];
  return pages.map((p) => ({ url: absoluteUrl(p) }));
}
