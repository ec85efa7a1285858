import type { Meetup } from "@/lib/meetups";

export function VenueInfo({ meetup, over }: { meetup: Meetup; over: boolean }) {
  const { venue } = meetup;
  if (!venue) return <span className="text-muted">{over ? "Venue not recorded" : "Venue to be announced"}</span>;
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
