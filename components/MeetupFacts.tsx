import type { Meetup } from "@/lib/meetups";
import { cn } from "@/lib/cn";
import { t } from "@/lib/i18n";
import { EventTime } from "./EventTime";
import { OnlineFact } from "./OnlineLink";
import { VenueInfo } from "./VenueInfo";

/** When and where, side by side. */
export function MeetupFacts({ meetup, builtAt, className }: { meetup: Meetup; builtAt: number; className?: string }) {
  return (
    <dl className={cn("grid gap-4 sm:grid-cols-2", className)}>
      <div>
        <dt className="text-sm text-muted">{t.meetup.when}</dt>
        <dd className="font-medium">
          <EventTime meetup={meetup} />
        </dd>
      </div>
      <div>
        <dt className="text-sm text-muted">{t.meetup.where}</dt>
        <dd>
          <VenueInfo meetup={meetup} builtAt={builtAt} />
        </dd>
      </div>
      <OnlineFact meetup={meetup} builtAt={builtAt} />
    </dl>
  );
}
