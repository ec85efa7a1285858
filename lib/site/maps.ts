import type { Geo } from "../content/schema";

// Links to a venue on the map services people already have, from its
// coordinates: plain links, no script and no map tiles on the page.

export interface MapLink {
  provider: "openstreetmap" | "google" | "apple";
  /** The service's own name, as its users know it: the same in every interface language. */
  name: string;
  url: string;
}

/** Close zoom: a building, with the streets around it. */
const ZOOM = 18;

/**
 * A coordinate as a URL wants it: at most 6 decimals (about 10 cm), never in
 * exponent notation ("1e-7" is what String() gives for a value that small).
 */
export function coordinate(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`A coordinate must be a finite number, got ${value}`);
  // +0 and -0 alike, and anything that rounds to zero, read "0".
  const rounded = Number(value.toFixed(6)) || 0;
  return rounded.toFixed(6).replace(/\.?0+$/, "");
}

/** The venue on OpenStreetMap (with a marker), Google Maps and Apple Maps, in that order. */
export function mapLinks(geo: Geo, name?: string): MapLink[] {
  const lat = coordinate(geo.latitude);
  const lon = coordinate(geo.longitude);
  const osm = new URL("https://www.openstreetmap.org/");
  osm.searchParams.set("mlat", lat);
  osm.searchParams.set("mlon", lon);
  osm.hash = `map=${ZOOM}/${lat}/${lon}`;
  // Google's documented cross-platform form: https://developers.google.com/maps/documentation/urls
  const google = new URL("https://www.google.com/maps/search/");
  google.searchParams.set("api", "1");
  google.searchParams.set("query", `${lat},${lon}`);
  // Apple's: ll places the pin, q labels it (without a name, the coordinates are the label).
  const apple = new URL("https://maps.apple.com/");
  apple.searchParams.set("ll", `${lat},${lon}`);
  apple.searchParams.set("q", name?.trim() || `${lat},${lon}`);
  return [
    { provider: "openstreetmap", name: "OpenStreetMap", url: osm.href },
    { provider: "google", name: "Google Maps", url: google.href },
    { provider: "apple", name: "Apple Maps", url: apple.href },
  ];
}
