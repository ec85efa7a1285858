import type { Meetup } from "@/lib/meetups";
import { When } from "./LiveMeetup";

export function VenueInfo({ meetup, builtAt }: { meetup: Meetup; builtAt: number }) {
  const { venue } = meetup;
  if (!venue) {
    return (
      <span className="text-muted">
        <When phases={["upcoming", "live"]} meetup={meetup} builtAt={builtAt}>
          Venue to be announced
        </When>
        <When phases={["past"]} meetup={meetup} builtAt={builtAt}>
          Venue not recorded
        </When>
      </span>
    );
  }
  return (
    <span>
      <span className="font-medium">{venue.name}</span>
      {venue.address && <span className="block text-muted">{venue.address}</span>}
      {venue.map && (
        <a href={venue.map} className="block text-sm">
          Map<span className="sr-only"> of {venue.name}</span>
        </a>
      )}
    </span>
  );
}
