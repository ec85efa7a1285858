import Link from "next/link";
import { keepDashes } from "@/lib/site/text";
import { meetupDirection, meetupLanguage, t } from "@/lib/i18n";
import { meetupSpeakers, type Meetup } from "@/lib/site/meetups";
import { meetupPath } from "@/lib/site/urls";
import { ButtonLink } from "./ButtonLink";
import { HostList } from "./HostList";
import { JoinOnline } from "./OnlineLink";
import { LanguageLabel } from "./LanguageLabel";
import { LiveMeetup, LiveText, When } from "./LiveMeetup";
import { MeetupFacts } from "./MeetupFacts";
import { NameList } from "./NameList";
import { MeetupStatus } from "./MeetupStatus";
import { RsvpButton } from "./RsvpButton";

/** The home page's lead: the next meetup with everything needed to decide to come. */
export function NextMeetup({ meetup, builtAt }: { meetup: Meetup; builtAt: number }) {
  const speakers = meetupSpeakers(meetup);
  const titleId = `next-${meetup.slug}`;
  const language = meetupLanguage(meetup);
  return (
    <LiveMeetup
      as="article"
      meetup={meetup}
      builtAt={builtAt}
      className="rounded-2xl border border-line bg-surface p-5 shadow-sm sm:p-8"
      aria-labelledby={titleId}
    >
      <p className="font-mono text-sm font-semibold tracking-wide text-accent uppercase rtl:font-sans rtl:tracking-normal">
        <When phases={["upcoming", "past"]} meetup={meetup} builtAt={builtAt}>
          {t.home.next}
        </When>
        <When phases={["live"]} meetup={meetup} builtAt={builtAt}>
          {t.meetup.live}
        </When>
        <LiveText kind="relative" />
      </p>
      {/* A new date or a move online: the lead says so, for whoever planned around the old plan. */}
      <MeetupStatus meetup={meetup} className="mt-3" />
      <h2 id={titleId} className="mt-2 text-2xl leading-tight font-bold text-balance sm:text-3xl">
        {/* The block on the card's side, the title in its own direction. */}
        <Link
          href={meetupPath(meetup.slug)}
          lang={language}
          dir={meetupDirection(meetup)}
          className="text-ink hover:text-accent hover:underline"
        >
          {keepDashes(meetup.title)}
        </Link>
      </h2>
      <LanguageLabel language={language} className="mt-2" />
      {speakers.length > 0 && (
        <p className="mt-2 text-muted">
          {t.home.with} <NameList names={speakers.map((s) => s.name)} />
        </p>
      )}
      <MeetupFacts meetup={meetup} builtAt={builtAt} className="mt-5" />
      {meetup.summary && (
        <p className="mt-5 max-w-prose" lang={language} dir={meetupDirection(meetup)}>
          {meetup.summary}
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        <JoinOnline meetup={meetup} builtAt={builtAt} />
        <RsvpButton meetup={meetup} />
        <ButtonLink href={meetupPath(meetup.slug)} variant="secondary">
          {t.home.details}
        </ButtonLink>
      </div>
      {meetup.hosts && (
        <When as="div" phases={["upcoming", "live"]} meetup={meetup} builtAt={builtAt}>
          <HostList hosts={meetup.hosts} className="mt-6" />
        </When>
      )}
    </LiveMeetup>
  );
}
