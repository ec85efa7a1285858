import type { Meetup } from "@/lib/site/meetups";
import { cn } from "@/lib/site/cn";
import { wherePhases } from "@/lib/site/phases";
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
  const shownWhile = wherePhases(meetup);
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
      {shownWhile.length > 0 && (
        <When as="div" phases={shownWhile} meetup={meetup} builtAt={builtAt}>
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
        </When>
      )}
      <OnlineFact meetup={meetup} builtAt={builtAt} />
    </dl>
  );
}
