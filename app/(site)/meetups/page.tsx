import type { Metadata } from "next";
import { MeetupArchive } from "@/components/MeetupArchive";
import { listOf, t } from "@/lib/i18n";
import { allMeetups, meetupsByYear } from "@/lib/site/meetups";
import { pageMetadata } from "@/lib/site/metadata";
import { site } from "@/lib/site/config";
import { latestMeetupYears } from "@/lib/site/talks";
import { ARCHIVE_PATH } from "@/lib/site/urls";

export const metadata: Metadata = pageMetadata({
  title: t.archive.title,
  description: t.archive.description(site.name),
  path: ARCHIVE_PATH,
});

export default function MeetupsPage() {
  const years = meetupsByYear();
  const shown = latestMeetupYears(years);
  const count = t.archive.count(allMeetups().length);
  return (
    <MeetupArchive
      title={t.archive.title}
      summary={
        shown.length < years.length ? `${count} ${t.archive.shown(listOf(shown.map((y) => String(y.year))))}` : count
      }
      shown={shown}
    />
  );
}
