import { t } from "@/lib/i18n";
import { meetupsByYear, type Meetup } from "@/lib/site/meetups";
import { latestMeetupYears } from "@/lib/site/talks";
import { ARCHIVE_PATH, archiveYearPath } from "@/lib/site/urls";
import { MeetupListItem } from "./MeetupListItem";
import { YearLinks } from "./YearLinks";

/** The meetup archive: /meetups/ shows the latest years and each year has a page, so that no page grows with it. */
export function MeetupArchive({
  title,
  summary,
  shown,
  year,
}: {
  title: string;
  summary: string;
  shown: { year: number; meetups: Meetup[] }[];
  /** The year whose page this is; none on /meetups/. */
  year?: number;
}) {
  const byYear = meetupsByYear();
  const years = byYear.map((y) => y.year);
  const firstPageHasAll = latestMeetupYears(byYear).length === years.length;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 text-muted">{summary}</p>
      {years.length > 1 && (
        <nav aria-label={t.archive.years} className="mt-4">
          <YearLinks
            latest={{ href: ARCHIVE_PATH, label: firstPageHasAll ? t.archive.all : t.archive.latest }}
            yearPath={archiveYearPath}
            years={years}
            year={year}
            className="flex flex-wrap gap-x-1.5 gap-y-1 text-sm"
          />
        </nav>
      )}
      {shown.map(({ year: y, meetups }) => (
        <section key={y} id={`y${y}`} aria-labelledby={`h${y}`} className="mt-10 scroll-mt-4">
          <h2 id={`h${y}`} className="border-b border-line pb-2 font-mono text-2xl font-bold">
            {y}
          </h2>
          <div className="divide-y divide-line">
            {meetups.map((m) => (
              <MeetupListItem key={m.slug} meetup={m} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
