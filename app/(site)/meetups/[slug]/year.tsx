import type { Metadata } from "next";
import { MeetupArchive } from "@/components/MeetupArchive";
import { t } from "@/lib/i18n";
import type { Meetup } from "@/lib/site/meetups";
import { pageMetadata } from "@/lib/site/metadata";
import { site } from "@/lib/site/config";
import { archiveYearPath } from "@/lib/site/urls";

/** A year of the meetup archive (/meetups/<year>/): see page.tsx. */
export function yearMetadata(year: number): Metadata {
  return pageMetadata({
    title: t.archive.yearTitle(year),
    description: t.archive.yearDescription(site.name, year),
    path: archiveYearPath(year),
  });
}

export function YearPage({ year, meetups }: { year: number; meetups: Meetup[] }) {
  return (
    <MeetupArchive
      title={t.archive.yearTitle(year)}
      summary={t.archive.count(meetups.length)}
      shown={[{ year, meetups }]}
      year={year}
    />
  );
}
