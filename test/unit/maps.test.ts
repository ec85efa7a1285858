import { describe, expect, it } from "vitest";
import { coordinate, mapLinks } from "@/lib/site/maps";

/** The point each link puts on the map, read back from its URL the way each service reads it. */
function pointOf(url: string): [number, number] {
  const u = new URL(url);
  const pair = (text: string) => text.split(",").map(Number) as [number, number];
  if (u.hostname === "www.openstreetmap.org") {
    const [, lat, lon] = /^#map=\d+\/([^/]+)\/([^/]+)$/.exec(u.hash)!;
    expect([Number(u.searchParams.get("mlat")), Number(u.searchParams.get("mlon"))]).toEqual([
      Number(lat),
      Number(lon),
    ]);
    return [Number(lat), Number(lon)];
  }
  if (u.hostname === "www.google.com") return pair(u.searchParams.get("query")!);
  if (u.hostname === "maps.apple.com") return pair(u.searchParams.get("ll")!);
  throw new Error(`not a map link: ${url}`);
}

describe("map links from a venue's coordinates", () => {
  it("lead to the venue on OpenStreetMap, Google Maps and Apple Maps, in that order", () => {
    const links = mapLinks({ latitude: 32.0853, longitude: 34.7818 }, "Fixture Hall");
    expect(links.map((l) => l.name)).toEqual(["OpenStreetMap", "Google Maps", "Apple Maps"]);
    for (const link of links) expect(pointOf(link.url), link.name).toEqual([32.0853, 34.7818]);
    expect(links[0]!.url).toBe("https://www.openstreetmap.org/?mlat=32.0853&mlon=34.7818#map=18/32.0853/34.7818");
    expect(links[1]!.url).toBe("https://www.google.com/maps/search/?api=1&query=32.0853%2C34.7818");
  });

  it("keep the sign of a point west of Greenwich and south of the equator", () => {
    for (const link of mapLinks({ latitude: -33.8688, longitude: -74.0007 })) {
      expect(pointOf(link.url), link.name).toEqual([-33.8688, -74.0007]);
    }
  });

  it("label the pin on Apple Maps with the venue's name, escaped, and with the coordinates when there is none", () => {
    const named = new URL(mapLinks({ latitude: 40.7411, longitude: -73.9897 }, "מעבדות דוגמה & Co #5").at(-1)!.url);
    expect(named.searchParams.get("q")).toBe("מעבדות דוגמה & Co #5");
    expect(named.hash).toBe("");
    const unnamed = new URL(mapLinks({ latitude: 40.7411, longitude: -73.9897 }, "  ").at(-1)!.url);
    expect(unnamed.searchParams.get("q")).toBe("40.7411,-73.9897");
  });

  it("write coordinates in plain decimals, at most six of them", () => {
    expect(coordinate(32.0853)).toBe("32.0853");
    expect(coordinate(-74)).toBe("-74");
    expect(coordinate(1e-7)).toBe("0");
    expect(coordinate(-0)).toBe("0");
    expect(coordinate(0.000001)).toBe("0.000001");
    expect(coordinate(12.3456789)).toBe("12.345679");
    expect(coordinate(-180)).toBe("-180");
    expect(() => coordinate(Number.NaN)).toThrow(RangeError);
  });
});
