import Link from "next/link";
import { t } from "@/lib/i18n";
import { allSpeakers, allTopics, givenTalks, talksByYear, type TalkYear, type Topic } from "@/lib/site/meetups";
import { latestTalkYears, speakersWithTalks, type SpeakerTalks } from "@/lib/site/talks";
import { speakerPath, TALKS_PATH, talksYearPath, topicPath } from "@/lib/site/urls";
import { TalkListItem } from "./TalkListItem";
import { YearLinks } from "./YearLinks";

/** Ways into the archive, as links that work without JavaScript; the longer lists stay folded until asked for. */
function TalkFilters({
  years,
  year,
  speakers,
  topics,
}: {
  years: number[];
  year?: number;
  speakers: SpeakerTalks[];
  topics: Topic[];
}) {
  return (
    <nav aria-label={t.talks.filters} className="mt-6 rounded-xl border border-line bg-surface px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span id="filter-year" className="font-semibold">
          {t.talks.year}
        </span>
        <YearLinks
          latest={{
            href: TALKS_PATH,
            label: latestTalkYears(talksByYear()).length === years.length ? t.archive.all : t.talks.latest,
          }}
          yearPath={talksYearPath}
          years={years}
          year={year}
          className="flex flex-wrap gap-x-1.5 gap-y-1"
          labelledBy="filter-year"
        />
      </div>
      {speakers.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold">{t.talks.speaker}</summary>
          <ul className="mt-2 mb-1 flex flex-wrap gap-x-4 gap-y-1">
            {speakers.map(({ speaker, talks }) => (
              <li key={speaker.slug}>
                <Link href={speakerPath(speaker.slug)}>
                  <span dir="auto">{speaker.name}</span>
                </Link>{" "}
                <span className="text-muted">({talks})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {topics.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold">{t.talks.topic}</summary>
          <ul className="mt-2 mb-1 flex flex-wrap gap-x-3 gap-y-1 font-mono">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={topicPath(topic.slug)}>
                  <span dir="auto">#{topic.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </nav>
  );
}

/** A page of the talk archive: /talks/ (`year` unset) or one year's page. */
export function TalkArchive({
  title,
  summary,
  shown,
  year,
}: {
  title: string;
  summary: string;
  /** The years this page lists, newest first. */
  shown: TalkYear[];
  /** The year this page is for; unset on /talks/. */
  year?: number;
}) {
  const years = talksByYear().map((y) => y.year);
  const oldest = shown.at(-1)?.year;
  const older = years.find((y) => oldest !== undefined && y < oldest);
  const newer = year === undefined ? undefined : years.findLast((y) => y > year);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-2 text-muted">{summary}</p>
      {shown.length === 0 ? (
        <p className="mt-6">{t.talks.none}</p>
      ) : (
        <TalkFilters
          years={years}
          year={year}
          speakers={speakersWithTalks(givenTalks(), allSpeakers())}
          topics={allTopics()}
        />
      )}
      {shown.map(({ year: y, talks }) => {
        const list = talks.map((talk) => (
          <TalkListItem
            key={`${talk.meetup.slug}#${talk.slot.anchor ?? talk.slot.start}`}
            talk={talk}
            headingLevel={year === undefined ? 3 : 2}
          />
        ));
        // /talks/ heads each year; a year's own page has its heading already.
        return year === undefined ? (
          <section key={y} aria-labelledby={`h${y}`} className="mt-10">
            <h2 id={`h${y}`} className="border-b border-line pb-2 font-mono text-2xl font-bold">
              {y}
            </h2>
            <ol className="divide-y divide-line">{list}</ol>
          </section>
        ) : (
          <ol key={y} className="mt-6 divide-y divide-line border-t border-line">
            {list}
          </ol>
        );
      })}
      {(newer !== undefined || older !== undefined) && (
        <nav aria-label={t.talks.years} className="mt-8 flex flex-wrap justify-between gap-4 border-t border-line pt-4">
          {newer !== undefined && <Link href={talksYearPath(newer)}>{t.talks.newer(newer)}</Link>}
          {older !== undefined && (
            <Link href={talksYearPath(older)} className="ms-auto">
              {t.talks.older(older)}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
