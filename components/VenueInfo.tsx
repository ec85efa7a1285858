import { t } from "@/lib/i18n";
import type { Meetup } from "@/lib/site/meetups";
import { MapLinks } from "./MapLinks";

export function VenueInfo({ meetup }: { meetup: Meetup }) {
  const { venue } = meetup;
  // Shown only while a venue is to be announced (wherePhases).
  if (!venue) {
    return (
      <span className="text-muted" data-pagefind-ignore>
        {t.meetup.venueTba}
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
