import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import { MeetupListItem } from "@/components/MeetupListItem";
import { allMeetups, meetupsByYear } from "@/lib/meetups";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site";

export const metadata: Metadata = pageMetadata({
  title: t.archive.title,
  description: t.archive.description(site.name),
  path: "/meetups/",
});

export default function MeetupsPage() {
  const years = meetupsByYear();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t.archive.title}</h1>
      <p className="mt-2 text-muted">{t.archive.count(allMeetups().length)}</p>
      {years.length > 1 && (
        <nav aria-label={t.archive.years} className="mt-4">
          <ul className="flex flex-wrap gap-x-3 gap-y-1 font-mono text-sm">
            {years.map(({ year }) => (
              <li key={year}>
                <a href={`#y${year}`}>{year}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {years.map(({ year, meetups }) => (
        <section key={year} id={`y${year}`} aria-labelledby={`h${year}`} className="mt-10 scroll-mt-4">
          <h2 id={`h${year}`} className="border-b border-line pb-2 font-mono text-2xl font-bold">
            {year}
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
