import { t } from "@/lib/i18n";
import type { Meetup } from "@/lib/site/meetups";
import { When } from "./LiveMeetup";
import { MapLinks } from "./MapLinks";

export function VenueInfo({ meetup, builtAt }: { meetup: Meetup; builtAt: number }) {
  const { venue } = meetup;
  if (!venue) {
    // A postponed meetup's venue comes with its new date; a cancelled one has no "Where" (MeetupFacts).
    if (meetup.status === "postponed") {
      return (
        <span className="text-muted" data-pagefind-ignore>
          {t.meetup.venueTba}
        </span>
      );
    }
    return (
      <span className="text-muted" data-pagefind-ignore>
        <When phases={["upcoming", "live"]} meetup={meetup} builtAt={builtAt}>
          {t.meetup.venueTba}
        </When>
        <When phases={["past"]} meetup={meetup} builtAt={builtAt}>
          {t.meetup.venueUnknown}
        </When>
      </span>
    );
  }
  return (
    <div>
      <span dir="auto" className="font-medium">
        {venue.name}
      </span>{" "}
      {/* The spaces keep the name and address apart as words for search, which reads no CSS. */}
      {venue.address && (
        <span className="block text-muted">
          <span dir="auto">{venue.address}</span>
        </span>
      )}{" "}
      {/* With coordinates, the map services' own links; the organizer's `map` link otherwise. */}
      {venue.geo && <MapLinks name={venue.name} geo={venue.geo} />}
      {venue.map && !venue.geo && (
        <a href={venue.map} className="block text-sm" aria-label={t.meetup.mapOf(venue.name)} data-pagefind-ignore>
          {t.meetup.map}
        </a>
      )}
    </div>
  );
}
