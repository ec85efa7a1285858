import Link from "next/link";
import { t } from "@/lib/i18n";
import type { Meetup } from "@/lib/meetups";
import { ARCHIVE_PATH, archiveYearPath } from "@/lib/urls";
import { MeetupListItem } from "./MeetupListItem";

// The page you are on, among the year links: a quiet pill, not a link to itself in disguise.
const current =
  "rounded px-1.5 py-0.5 aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-ink aria-[current=page]:no-underline";

/**
 * The meetup archive: /meetups/ (the latest years) and a page per year
 * (/meetups/<year>/), so that no page grows with the archive. Each shown year
 * is a section with its meetups, newest first; the year links lead to every year.
 */
export function MeetupArchive({
  title,
  summary,
  shown,
  years,
  year,
}: {
  title: string;
  summary: string;
  shown: { year: number; meetups: Meetup[] }[];
  years: number[];
  /** The year whose page this is; none on /meetups/. */
  year?: number;
}) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 text-muted">{summary}</p>
      {years.length > 1 && (
        <nav aria-label={t.archive.years} className="mt-4">
          <ul className="flex flex-wrap gap-x-1.5 gap-y-1 text-sm">
            <li>
              <Link href={ARCHIVE_PATH} aria-current={year === undefined ? "page" : undefined} className={current}>
                {t.archive.latest}
              </Link>
            </li>
            {years.map((y) => (
              <li key={y} className="font-mono">
                <Link href={archiveYearPath(y)} aria-current={y === year ? "page" : undefined} className={current}>
                  {y}
                </Link>
              </li>
            ))}
          </ul>
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
