import type { Event, Person, Place, VideoObject, VirtualLocation, WithContext } from "schema-dts";
import type { Meetup, Speaker } from "../content/schema";
import { isOver } from "../site/catalog";
import { talkLanguage } from "../i18n";
import { previewPath } from "./previews";
import { isAtHome, site } from "../site/config";
import { htmlText } from "../site/text";
import { absoluteUrl, meetupPath, speakerPath, talkPath } from "../site/urls";

// schema.org data for search engines, typed against schema.org's own types by schema-dts.

/**
 * The venue, or without one where the group usually meets (site.yml's address, or its city). The group's city and country are said
 * only of a meetup in the group's own zone; one held elsewhere (its own timezone:) has what its file says (a venue
 * named only, "c-base, Berlin", is its own address: Google requires one), and without a venue no place at all.
 */
function place(m: Meetup): Place | undefined {
  const venue = m.venue;
  const home = isAtHome(m);
  if (!venue && !home) return undefined;
  const address = {
    ...(venue?.address && { streetAddress: venue.address }),
    ...(home && { addressLocality: site.city, addressCountry: site.country }),
  };
  return {
    "@type": "Place",
    name: venue?.name ?? site.address ?? site.city,
    address: Object.keys(address).length > 0 ? { "@type": "PostalAddress", ...address } : venue!.name,
    // Field by field: a document from Contentlayer carries bookkeeping fields of its own.
    ...(venue?.geo && {
      geo: { "@type": "GeoCoordinates", latitude: venue.geo.latitude, longitude: venue.geo.longitude },
    }),
    ...(venue?.map && { hasMap: venue.map }),
  };
}

/**
 * Where to be: the place, the stream, or both, as the page says it. Without a venue the place is to be announced
 * (in the group's city), so a stream beside it makes a mixed event; a meetup that moved online is online only.
 */
function attendance(m: Meetup): Pick<Event, "eventAttendanceMode" | "location"> {
  const where = m.status === "moved-online" ? undefined : place(m);
  const online: VirtualLocation | undefined = m.online ? { "@type": "VirtualLocation", url: m.online } : undefined;
  if (!online) {
    return { eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode", ...(where && { location: where }) };
  }
  if (!where) return { eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode", location: online };
  return { eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode", location: [where, online] };
}

function person(s: Speaker): Person {
  return {
    "@type": "Person",
    name: s.name,
    url: absoluteUrl(speakerPath(s.slug)),
    ...(s.role && { jobTitle: s.role }),
    ...(s.photo && { image: absoluteUrl(s.photo) }),
    ...(s.links.length > 0 && { sameAs: s.links.map((l) => l.url) }),
  };
}

/** Google's event statuses; a rescheduled event keeps its new dates and says every start it had before. */
const EVENT_STATUS = {
  scheduled: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
  rescheduled: "https://schema.org/EventRescheduled",
  "moved-online": "https://schema.org/EventMovedOnline",
} as const;

export function eventJsonLd(m: Meetup, speakers: Speaker[], now: Date): WithContext<Event> {
  const url = absoluteUrl(meetupPath(m.slug));
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: m.title,
    url,
    ...(m.summary && { description: m.summary }),
    startDate: m.hasTime ? m.start : m.day,
    endDate: m.hasTime ? m.end : m.day,
    eventStatus: EVENT_STATUS[m.status],
    ...(m.status === "rescheduled" && m.previousStarts.length > 0 && { previousStartDate: m.previousStarts }),
    ...attendance(m),
    image: absoluteUrl(previewPath(meetupPath(m.slug))),
    organizer: { "@type": "Organization", name: site.name, url: absoluteUrl("/") },
    ...(speakers.length > 0 && { performer: speakers.map(person) }),
    ...(m.language && { inLanguage: m.language }),
    ...(m.rsvp &&
      !isOver(m, now) && {
        offers: {
          "@type": "Offer",
          url: m.rsvp,
          price: 0,
          priceCurrency: site.currency,
          availability: "https://schema.org/InStock",
        },
      }),
  };
}

/** A player's address as search engines should load it: not starting on its own as the facade's does. */
function playerUrl(embed: string): string {
  const url = new URL(embed);
  url.searchParams.delete("autoplay");
  return url.toString();
}

/**
 * The meetup's recordings that play on its page (YouTube, Vimeo, PeerTube), for
 * search engines' video results: each talk's title and abstract, the meetup's
 * link-preview image (a thumbnail from the service would be its own, not ours),
 * and the day it was recorded for the day it was published. A recording that is
 * only a link leads elsewhere and is left to that page.
 */
export function recordingsJsonLd(m: Meetup): WithContext<VideoObject>[] {
  return m.schedule.flatMap((slot) => {
    const recording = slot.recording;
    if (!recording?.embed || !recording.watch) return [];
    const description = slot.abstractHtml ? htmlText(slot.abstractHtml) : "";
    return [
      {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        ...(slot.anchor && { "@id": absoluteUrl(talkPath(m.slug, slot.anchor)) }),
        name: slot.title,
        ...(description && { description }),
        thumbnailUrl: absoluteUrl(previewPath(meetupPath(m.slug))),
        uploadDate: m.day,
        embedUrl: playerUrl(recording.embed),
        url: recording.watch,
        inLanguage: talkLanguage(slot, m),
      },
    ];
  });
}

export function personJsonLd(s: Speaker): WithContext<Person> {
  return { "@context": "https://schema.org", ...(person(s) as Exclude<Person, string>) };
}

/** The script tag's text: JSON with "<" escaped so that no text in it can close the tag. */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, "\\u003c");
