import type { Metadata } from "next";
import { keepDashes } from "@/lib/site/text";
import Link from "next/link";
import { EditLink } from "@/components/EditLink";
import { ButtonLink } from "@/components/ButtonLink";
import { Schedule } from "@/components/Schedule";
import { TopicList } from "@/components/TopicList";
import { LiveMeetup, LiveText, When } from "@/components/LiveMeetup";
import { MeetupFacts } from "@/components/MeetupFacts";
import { GettingThere } from "@/components/GettingThere";
import { HostList } from "@/components/HostList";
import { JoinOnline } from "@/components/OnlineLink";
import { PhotoGallery } from "@/components/PhotoGallery";
import { builtAt } from "@/lib/site/built-at";
import { AddToCalendar, CalendarFileLink } from "@/components/AddToCalendar";
import { pageMetadata } from "@/lib/site/metadata";
import { meetupSpeakers, type Meetup } from "@/lib/site/meetups";
import { meetupPreview } from "@/lib/outputs/previews";
import { eventJsonLd, jsonLdText, recordingsJsonLd } from "@/lib/outputs/structured-data";
import { ARCHIVE_PATH, archiveYearPath, meetupPath, serviceName } from "@/lib/site/urls";
import { meetupDirection, meetupLanguage, t } from "@/lib/i18n";
import { LanguageLabel } from "@/components/LanguageLabel";
import { SearchIndexData } from "@/components/SearchIndexData";
import { meetupSearchData } from "@/lib/outputs/search-data";
import { yearInZone } from "@/lib/site/time";
import { isCalledOff } from "@/lib/site/phases";
import { site } from "@/lib/site/config";
import { MeetupStatus } from "@/components/MeetupStatus";
import { RsvpButton } from "@/components/RsvpButton";

/** A meetup's page (/meetups/<slug>/): see page.tsx, which also answers the archive's years. */
export function meetupMetadata(meetup: Meetup): Metadata {
  return pageMetadata({
    // A tab, a bookmark or a shared link says so when it won't happen as planned: "Cancelled: …".
    title: isCalledOff(meetup.status) ? t.status.titled[meetup.status](meetup.title) : meetup.title,
    description: meetup.summary,
    path: meetupPath(meetup.slug),
    type: "article",
    preview: {
      page: meetupPath(meetup.slug),
      alt: t.preview.meetupAlt,
      card: meetupPreview(meetup, meetupSpeakers(meetup)),
    },
  });
}

export function MeetupPage({ meetup }: { meetup: Meetup }) {
  const year = yearInZone(meetup.start, meetup.timeZone);
  const recorded = meetup.schedule.some((s) => s.slides || s.video);
  const phase = { meetup, builtAt };
  const language = meetupLanguage(meetup);
  const calledOff = isCalledOff(meetup.status);

  const jsonLd = eventJsonLd(meetup, meetupSpeakers(meetup), new Date(builtAt));
  const recordings = recordingsJsonLd(meetup);

  // The search index (lib/outputs/search-index.ts) reads this article, less what only
  // says how things stand today (upcoming, RSVP) or is the interface's own words.
  return (
    <article data-pagefind-body>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      {recordings.length > 0 && (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(recordings) }} />
      )}
      <nav aria-label={t.breadcrumb} className="text-sm text-muted">
        <Link href={ARCHIVE_PATH}>{t.nav.meetups}</Link> <span aria-hidden="true">/</span>{" "}
        <Link href={archiveYearPath(year)}>{year}</Link>
      </nav>
      <LiveMeetup as="header" className="mt-3" {...phase}>
        <MeetupStatus meetup={meetup} className="mb-4" />
        {/* Called off, it is neither upcoming nor past: the status above says what it is. */}
        {(meetup.draft || !calledOff) && (
          <p
            className="font-mono text-sm font-semibold tracking-wide text-accent uppercase rtl:font-sans rtl:tracking-normal"
            data-pagefind-ignore
          >
            {meetup.draft ? `${t.meetup.draft}${calledOff ? "" : " · "}` : ""}
            <When phases={["upcoming"]} {...phase}>
              {t.meetup.upcoming}
            </When>
            <When phases={["live"]} {...phase}>
              {t.meetup.live}
            </When>
            <When phases={["past"]} {...phase}>
              {t.meetup.past}
            </When>
            <LiveText kind="relative" />
          </p>
        )}
        {/* The title is each result's own; in the text too, it would open every excerpt. */}
        <h1
          className="mt-2 text-3xl leading-tight font-bold text-balance sm:text-4xl"
          lang={language}
          data-pagefind-ignore
        >
          {/* Said in the heading too, for whoever comes to the page by its headings. */}
          {isCalledOff(meetup.status) && (
            <span className="sr-only" lang={site.language}>
              {t.status.titled[meetup.status]("")}
            </span>
          )}
          {/* The heading on the page's side, the title in its own direction. */}
          <span dir={meetupDirection(meetup)}>{keepDashes(meetup.title)}</span>
        </h1>
        <LanguageLabel language={language} className="mt-2" />
        <MeetupFacts {...phase} className="mt-6 rounded-xl border border-line bg-surface p-5" />
        <JoinOnline {...phase} className="mt-5" />
        <When as="p" phases={["upcoming", "live"]} className="mt-5" data-pagefind-ignore {...phase}>
          <RsvpButton meetup={meetup} />
        </When>
        <When as="div" phases={["upcoming", "live"]} className="mt-5" data-pagefind-ignore {...phase}>
          <AddToCalendar meetup={meetup} />
        </When>
        {/* Called off: no invitation to come, only the event's page and the calendar file, which says so. */}
        <When
          as="p"
          phases={["past", "off"]}
          className="mt-5 flex flex-wrap items-center gap-x-5 gap-y-3"
          data-pagefind-ignore
          {...phase}
        >
          {recorded && <ButtonLink href="#schedule">{t.meetup.material}</ButtonLink>}
          {meetup.rsvp && <a href={meetup.rsvp}>{t.meetup.eventOn(serviceName(meetup.rsvp))}</a>}
          <CalendarFileLink meetup={meetup} />
        </When>
        <HostList hosts={meetup.hosts ?? []} className="mt-6" />
      </LiveMeetup>
      <GettingThere {...phase} />

      {meetup.bodyHtml && (
        <section className="mt-10" aria-labelledby="about">
          {/* The interface's headings stay out of the index: in every result's excerpt, they would only repeat. */}
          <h2 id="about" className="text-xl font-bold" data-pagefind-ignore>
            {t.meetup.about}
          </h2>
          <div className="prose-site mt-3" lang={language} dangerouslySetInnerHTML={{ __html: meetup.bodyHtml }} />
        </section>
      )}
      {/* The topics (meetupSearchData) after what the meetup is about, where an excerpt can end on them. */}
      <SearchIndexData data={meetupSearchData(meetup)} />

      {meetup.schedule.length > 0 && (
        // Live too: a talk's calendar link is for an evening still to come.
        <LiveMeetup
          as="section"
          className="mt-10 scroll-mt-4"
          aria-labelledby="schedule-title"
          id="schedule"
          {...phase}
        >
          <h2 id="schedule-title" className="mb-4 text-xl font-bold" data-pagefind-ignore>
            {t.meetup.schedule}
          </h2>
          <Schedule meetup={meetup} />
        </LiveMeetup>
      )}

      <PhotoGallery meetup={meetup} />

      {meetup.topics.length > 0 && (
        // In the index with the meetup's own words (meetupSearchData), not as its last talk's.
        <section className="mt-10" aria-labelledby="topics" data-pagefind-ignore>
          <h2 id="topics" className="mb-3 text-xl font-bold" data-pagefind-ignore>
            {t.meetup.topics}
          </h2>
          <TopicList topics={meetup.topics} />
        </section>
      )}
      <EditLink sourcePath={meetup.sourcePath} />
    </article>
  );
}
