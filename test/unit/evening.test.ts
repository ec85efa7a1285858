import { describe, expect, it } from "vitest";
import { createCatalog } from "@/lib/site/catalog";
import { loadFixtureSite, loadHebrewSite } from "./helpers";
import { eventJsonLd } from "@/lib/outputs/structured-data";

// The evening itself in what search engines read: where the venue is, and
// whether one can join from afar.

const fixture = loadFixtureSite();
const catalog = createCatalog(fixture.meetups, fixture.speakers, { publish: true });
const nyc = loadHebrewSite();
const now = new Date("2026-11-25T00:00:00Z");
const event = (slug: string, meetups = fixture.meetups) =>
  eventJsonLd(
    meetups.find((m) => m.slug === slug)!,
    [],
    now,
  ) as unknown as Record<string, unknown>;

describe("schema.org data for the evening", () => {
  it("places a venue with coordinates on the map, and a meetup with only a venue is attended there", () => {
    const data = event("2099-03-10-ebpf-everywhere");
    expect(data.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    expect(data.location).toMatchObject({
      "@type": "Place",
      name: "Fixture Hall",
      geo: { "@type": "GeoCoordinates", latitude: 32.0853, longitude: 34.7818 },
    });
  });

  it("makes a meetup with a venue and a stream a mixed event, with the stream as a VirtualLocation", () => {
    const data = event("2099-05-14-ערב-ebpf", nyc.meetups);
    expect(data.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(data.location).toEqual([
      expect.objectContaining({
        "@type": "Place",
        name: "מעבדות דוגמה",
        geo: { "@type": "GeoCoordinates", latitude: 40.7411, longitude: -73.9897 },
      }),
      { "@type": "VirtualLocation", url: "https://www.youtube.com/live/aqz-KE-bpKQ" },
    ]);
  });

  it("makes a meetup with a stream and no venue yet a mixed event where the group meets, as its page says", () => {
    const data = event("2099-07-14-summer-scheduling");
    expect(data.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(data.location).toEqual([
      {
        "@type": "Place",
        // site.yml's address:
        name: "Tel Aviv-Yafo",
        address: { "@type": "PostalAddress", addressLocality: "Tel Aviv", addressCountry: "IL" },
      },
      { "@type": "VirtualLocation", url: "https://www.youtube.com/live/jNQXAC9IVRw" },
    ]);
  });

  it("says the group's city and country only of a meetup in the group's own zone", () => {
    const berlin = fixture.meetups.find((m) => m.slug === "2099-10-20-berlin-guest-night")!;
    // Named only: the name is all there is to say where, and Google requires an address.
    expect(event(berlin.slug).location).toEqual({
      "@type": "Place",
      name: "c-base, Berlin",
      address: "c-base, Berlin",
    });
    const withAddress = { ...berlin, venue: { name: "c-base", address: "Rungestraße 20, Berlin" } };
    expect(eventJsonLd(withAddress, [], now).location).toEqual({
      "@type": "Place",
      name: "c-base",
      address: { "@type": "PostalAddress", streetAddress: "Rungestraße 20, Berlin" },
    });
    // Without a venue, nothing is known of where it is: no place rather than the wrong city.
    const noVenue = eventJsonLd({ ...berlin, venue: undefined }, [], now);
    expect(noVenue.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    expect(noVenue).not.toHaveProperty("location");
    const streamed = eventJsonLd({ ...berlin, venue: undefined, online: "https://meet.example.org/b" }, [], now);
    expect(streamed).toMatchObject({
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://meet.example.org/b" },
    });
  });

  it("gives each venue its own coordinates, and none to a venue without them", () => {
    const data = event("2025-01-15-ebpf-בפרודקשן", nyc.meetups);
    expect(data.location).toMatchObject({ geo: { latitude: 40.7209, longitude: -74.0007 } });
    expect(event("2099-10-20-berlin-guest-night").location).not.toHaveProperty("geo");
    expect(catalog.getMeetup("2099-10-20-berlin-guest-night")?.venue?.geo).toBeUndefined();
  });
});
