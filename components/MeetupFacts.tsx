import type { Meetup } from "@/lib/site/meetups";
import { cn } from "@/lib/site/cn";
import { t } from "@/lib/i18n";
import { EventTime, PostponedTime } from "./EventTime";
import { When } from "./LiveMeetup";
import { OnlineFact, OnlineVenue } from "./OnlineLink";
import { VenueInfo } from "./VenueInfo";

/**
 * When and where, side by side. Search indexes the venue; the day is in each
 * result's own line (lib/outputs/search-data.ts), and the rest is the interface's words.
 */
export function MeetupFacts({ meetup, builtAt, className }: { meetup: Meetup; builtAt: number; className?: string }) {
  const where = (
    <>
      <dt className="text-sm text-muted" data-pagefind-ignore>
        {t.meetup.where}
      </dt>
      <dd>
        {/* Moved online, the venue no longer applies. */}
        {meetup.status === "moved-online" ? (
          <OnlineVenue meetup={meetup} builtAt={builtAt} />
        ) : (
          <VenueInfo meetup={meetup} />
        )}
      </dd>
    </>
  );
  return (
    <dl className={cn("grid gap-4 sm:grid-cols-2", className)}>
      <div>
        <dt className="text-sm text-muted" data-pagefind-ignore>
          {t.meetup.when}
        </dt>
        <dd className="font-medium" data-pagefind-ignore>
          {meetup.status === "postponed" ? <PostponedTime meetup={meetup} /> : <EventTime meetup={meetup} />}
        </dd>
      </div>
      {/* Without a venue, "Where" is to be announced, or else not said: a past meetup's text may name the place. */}
      {meetup.venue || meetup.status === "postponed" || meetup.status === "moved-online" ? (
        <div>{where}</div>
      ) : (
        meetup.status !== "cancelled" && (
          <When as="div" phases={["upcoming", "live"]} meetup={meetup} builtAt={builtAt}>
            {where}
          </When>
        )
      )}
      <OnlineFact meetup={meetup} builtAt={builtAt} />
    </dl>
  );
}
