import Link from "next/link";
import { meetupSpeakers, type Meetup } from "@/lib/meetups";
import { meetupPath } from "@/lib/urls";
import { ButtonLink } from "./ButtonLink";
import { LiveMeetup, LiveText, When } from "./LiveMeetup";
import { MeetupFacts } from "./MeetupFacts";

/** The home page's lead: the next meetup with everything needed to decide to come. */
export function NextMeetup({ meetup, builtAt }: { meetup: Meetup; builtAt: number }) {
  const speakers = meetupSpeakers(meetup);
  const titleId = `next-${meetup.slug}`;
  return (
    <LiveMeetup
      as="article"
      meetup={meetup}
      builtAt={builtAt}
      className="rounded-2xl border border-line bg-surface p-5 shadow-sm sm:p-8"
      aria-labelledby={titleId}
    >
      <p className="font-mono text-sm font-semibold tracking-wide text-accent uppercase">
        <When phases={["upcoming", "past"]} meetup={meetup} builtAt={builtAt}>
          Next meetup
        </When>
        <When phases={["live"]} meetup={meetup} builtAt={builtAt}>
          Happening now
        </When>
        <LiveText kind="relative" />
      </p>
      <h2 id={titleId} className="mt-2 text-2xl leading-tight font-bold text-balance sm:text-3xl">
        <Link href={meetupPath(meetup.slug)} className="text-ink hover:text-accent hover:underline">
          {meetup.title}
        </Link>
      </h2>
      {speakers.length > 0 && <p className="mt-2 text-muted">with {speakers.map((s) => s.name).join(" and ")}</p>}
      <MeetupFacts meetup={meetup} builtAt={builtAt} className="mt-5" />
      {meetup.summary && <p className="mt-5 max-w-prose">{meetup.summary}</p>}
      <div className="mt-6 flex flex-wrap gap-3">
        {meetup.rsvp && <ButtonLink href={meetup.rsvp}>RSVP on Meetup.com</ButtonLink>}
        <ButtonLink href={meetupPath(meetup.slug)} variant="secondary">
          Schedule and details
        </ButtonLink>
      </div>
    </LiveMeetup>
  );
}
