import Link from "next/link";
import { wherePhases } from "@/lib/site/phases";
import { keepDashes } from "@/lib/site/text";
import { meetupDirection, meetupLanguage, t } from "@/lib/i18n";
import type { Meetup } from "@/lib/site/meetups";
import { meetupPath, serviceName } from "@/lib/site/urls";
import { ButtonLink } from "./ButtonLink";
import { EventTime } from "./EventTime";
import { LiveMeetup, LiveText, When } from "./LiveMeetup";
import { StatusLabel } from "./MeetupStatus";
import { RsvpButton } from "./RsvpButton";

// Every link leaves the frame for the whole window: the card sits in another
// site's iframe, where the meetup's page (or an RSVP service that refuses to be
// framed) would otherwise open in a box a few lines high.
const TOP = "_top";

/** A meetup in a few lines, for another site's iframe (/embed/next/): what, when, where, RSVP. */
export function EmbedCard({ meetup, builtAt }: { meetup: Meetup; builtAt: number }) {
  const language = meetupLanguage(meetup);
  const { venue, online } = meetup;
  const shownWhile = wherePhases(meetup);
  return (
    <LiveMeetup as="article" meetup={meetup} builtAt={builtAt}>
      <p className="font-mono text-xs font-semibold tracking-wide text-accent uppercase">
        <When phases={["upcoming"]} meetup={meetup} builtAt={builtAt}>
          {t.home.next}
        </When>
        <When phases={["live"]} meetup={meetup} builtAt={builtAt}>
          {t.meetup.live}
        </When>
        <When phases={["past"]} meetup={meetup} builtAt={builtAt}>
          {t.meetup.past}
        </When>
        <LiveText kind="relative" />
      </p>
      {/* The heading on the page's side, the title in its own direction, as on the meetup's page. */}
      <h1 className="mt-1 text-lg leading-snug font-bold text-balance" lang={language}>
        <Link
          href={meetupPath(meetup.slug)}
          target={TOP}
          dir={meetupDirection(meetup)}
          className="text-ink hover:text-accent hover:underline"
        >
          {keepDashes(meetup.title)}
        </Link>
        <StatusLabel meetup={meetup} className="ms-1 align-middle" />
      </h1>
      <dl className="mt-2 space-y-1 text-sm">
        <div>
          <dt className="sr-only">{t.meetup.when}</dt>
          <dd className="font-medium">
            <EventTime meetup={meetup} />
          </dd>
        </div>
        {shownWhile.length > 0 && (
          <When as="div" phases={shownWhile} meetup={meetup} builtAt={builtAt}>
            <dt className="sr-only">{t.meetup.where}</dt>
            <dd>
              {/* Moved online, the venue no longer applies. */}
              {meetup.status === "moved-online" ? (
                t.meetup.online
              ) : venue ? (
                <span dir="auto">{venue.name}</span>
              ) : (
                <span className="text-muted">{t.meetup.venueTba}</span>
              )}
              {online && (
                <When phases={["upcoming", "live"]} meetup={meetup} builtAt={builtAt}>
                  {" · "}
                  <a href={online} target={TOP}>
                    {t.meetup.joinOn(serviceName(online))}
                  </a>
                </When>
              )}
            </dd>
          </When>
        )}
      </dl>
      <div className="mt-3 flex flex-wrap gap-2">
        <When phases={["upcoming", "live"]} meetup={meetup} builtAt={builtAt}>
          <RsvpButton meetup={meetup} target={TOP} className="min-h-10 px-4 py-2 text-sm" />
        </When>
        <ButtonLink
          href={meetupPath(meetup.slug)}
          target={TOP}
          variant="secondary"
          className="min-h-10 px-4 py-2 text-sm"
        >
          {t.home.details}
        </ButtonLink>
      </div>
    </LiveMeetup>
  );
}
