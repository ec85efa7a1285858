import type { Metadata } from "next";
import { TalkArchive } from "@/components/TalkArchive";
import { listOf, t } from "@/lib/i18n";
import { givenTalks, talksByYear } from "@/lib/site/meetups";
import { pageMetadata } from "@/lib/site/metadata";
import { site } from "@/lib/site/config";
import { latestTalkYears, meetupCount } from "@/lib/site/talks";
import { TALKS_PATH } from "@/lib/site/urls";

export const metadata: Metadata = pageMetadata({
  title: t.talks.title,
  description: t.talks.description(site.name),
  path: TALKS_PATH,
});

export default function TalksPage() {
  const talks = givenTalks();
  const years = talksByYear();
  const shown = latestTalkYears(years);
  const count = t.talks.count(talks.length, meetupCount(talks));
  return (
    <TalkArchive
      title={t.talks.title}
      summary={
        shown.length < years.length ? `${count} ${t.talks.shown(listOf(shown.map((y) => String(y.year))))}` : count
      }
      shown={shown}
    />
  );
}
