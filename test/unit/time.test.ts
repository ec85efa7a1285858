import { tzOffset } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIRST_YEAR,
  formatClock,
  formatDay,
  formatEarlierStart,
  isCalendarDay,
  isoInZone,
  nextDay,
  readWallClock,
  startOfDay,
  zoneLabel,
} from "@/lib/site/time";
import { canonicalTimeZone } from "@/lib/site/zones";

const ZONES = [...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/GMT+5", "Etc/GMT-14"];

const formats = new Map<string, Intl.DateTimeFormat>();
function intl(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(locale, options));
  return formats.get(key)!;
}

/** What the clocks in `zone` read at `ms`, from Intl itself: "2016-07-12 19:00". */
function clocksRead(ms: number, zone: string): string {
  const clock = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" } as const;
  return intl("sv-SE", { timeZone: zone, ...clock, hourCycle: "h23" }).format(ms);
}

/** The zone's offset at `ms` as Intl writes it: "GMT+03:00", "GMT-00:44:30". */
function clocksOffset(ms: number, zone: string): string {
  return intl("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(ms).split(", ")[1]!;
}

describe("wall-clock times in a meetup's zone", () => {
  it("are tested on a machine whose clock is in the zone the test project names (vitest.config.ts)", () => {
    // Were the zone not applied, every run would be the machine's own and prove nothing about the others.
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it("19:00 in Tel Aviv in summer is 16:00 UTC and reads +03:00", () => {
    const t = readWallClock("2016-07-12", "19:00", "Asia/Jerusalem").instant;
    expect(t.toISOString()).toBe("2016-07-12T16:00:00.000Z");
    expect(isoInZone(t, "Asia/Jerusalem")).toBe("2016-07-12T19:00:00+03:00");
  });

  it("19:00 in Tel Aviv in winter reads +02:00", () => {
    expect(isoInZone(readWallClock("2099-03-10", "19:00", "Asia/Jerusalem").instant, "Asia/Jerusalem")).toBe(
      "2099-03-10T19:00:00+02:00",
    );
  });

  it("takes each side of Israel's spring change at its own offset", () => {
    // Israel moved to summer time on Friday 29 March 2024 at 02:00.
    expect(isoInZone(readWallClock("2024-03-28", "19:00", "Asia/Jerusalem").instant, "Asia/Jerusalem")).toBe(
      "2024-03-28T19:00:00+02:00",
    );
    expect(isoInZone(readWallClock("2024-03-29", "19:00", "Asia/Jerusalem").instant, "Asia/Jerusalem")).toBe(
      "2024-03-29T19:00:00+03:00",
    );
  });

  it("shows day and clock in the meetup's zone, not the machine's", () => {
    const t = new Date("2016-07-12T16:00:00Z");
    expect(formatDay(t, "Asia/Jerusalem")).toBe("Tuesday, 12 July 2016");
    expect(formatClock(t, "Asia/Jerusalem")).toBe("19:00");
    expect(formatClock(t, "America/New_York")).toBe("12:00");
  });

  it("a late meetup stays on its own day in its zone", () => {
    const t = readWallClock("2099-01-05", "23:30", "Asia/Jerusalem").instant;
    expect(formatDay(t, "Asia/Jerusalem")).toBe("Monday, 5 January 2099");
  });

  it("names the site's zone in words and other zones by their generic name", () => {
    expect(zoneLabel("Asia/Jerusalem")).toBe("Israel time");
    expect(zoneLabel("Europe/Berlin")).toBe("Central European Time");
  });

  it("knows real days and zones from made-up ones", () => {
    expect(isCalendarDay("2016-02-29")).toBe(true);
    expect(isCalendarDay("2015-02-29")).toBe(false);
    expect(isCalendarDay("2016-13-01")).toBe(false);
    expect(isCalendarDay("2016-2-29")).toBe(false);
    expect(canonicalTimeZone("Asia/Jerusalem")).toBe("Asia/Jerusalem");
    expect(canonicalTimeZone("Asia/Tel_Aviv_Yafo")).toBeUndefined();
  });

  it("counts the next day through month ends, leap days and the day Samoa skipped", () => {
    expect(["2016-02-28", "2015-02-28", "2099-12-31", "2011-12-29"].map(nextDay)).toEqual([
      "2016-02-29",
      "2015-03-01",
      "2100-01-01",
      "2011-12-30",
    ]);
  });
});

describe("clocks that jump", () => {
  // Real changes: [zone, day, a time the clocks skip, from, to], the jump as the zone's clocks show it.
  it.each([
    ["Asia/Jerusalem", "2024-03-29", "02:30", "02:00", "03:00"],
    ["Asia/Jerusalem", "2026-03-27", "02:30", "02:00", "03:00"],
    ["America/New_York", "2024-03-10", "02:30", "02:00", "03:00"],
    ["Europe/London", "2024-03-31", "01:30", "01:00", "02:00"],
    ["Australia/Lord_Howe", "2024-10-06", "02:15", "02:00", "02:30"],
  ])("in %s on %s, %s is skipped: the clocks go from %s to %s", (zone, day, time, from, to) => {
    const reading = readWallClock(day, time, zone);
    expect(reading.skipped).toEqual({ from, to, fromDay: day, toDay: day });
    // The reading's instant is the moment the clocks jump to.
    expect(isoInZone(reading.instant, zone).slice(0, 16)).toBe(`${day}T${to}`);
    expect(readWallClock(day, to, zone).skipped).toBeUndefined();
  });

  it("says so too when a whole day is skipped (Samoa, 30 December 2011)", () => {
    expect(readWallClock("2011-12-30", "19:00", "Pacific/Apia").skipped).toEqual({
      from: "00:00",
      to: "00:00",
      fromDay: "2011-12-30",
      toDay: "2011-12-31",
    });
  });

  // Real changes back: [zone, day, a time the clocks show twice, its first instant, the second].
  it.each([
    ["Asia/Jerusalem", "2024-10-27", "01:30", "2024-10-26T22:30:00.000Z", "2024-10-26T23:30:00.000Z"],
    ["America/New_York", "2024-11-03", "01:30", "2024-11-03T05:30:00.000Z", "2024-11-03T06:30:00.000Z"],
    ["Europe/London", "2024-10-27", "01:30", "2024-10-27T00:30:00.000Z", "2024-10-27T01:30:00.000Z"],
    ["Australia/Lord_Howe", "2024-04-07", "01:45", "2024-04-06T14:45:00.000Z", "2024-04-06T15:15:00.000Z"],
  ])("in %s on %s, %s happens twice and reads as the first", (zone, day, time, first, second) => {
    // Both instants are what the clocks read then (Intl says so, not the code under test).
    expect(clocksRead(Date.parse(first), zone)).toBe(`${day} ${time}`);
    expect(clocksRead(Date.parse(second), zone)).toBe(`${day} ${time}`);
    const reading = readWallClock(day, time, zone);
    expect(reading.skipped).toBeUndefined();
    expect(reading.instant.toISOString()).toBe(first);
  });

  it("starts a day whose midnight is skipped when its clocks start (Chile, 11 September 2022)", () => {
    expect(isoInZone(startOfDay("2022-09-11", "America/Santiago"), "America/Santiago")).toBe(
      "2022-09-11T01:00:00-03:00",
    );
  });

  it("reads back every time the clocks show, in every zone, as the first instant they show it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(FIRST_YEAR, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 }),
        (zone, minute) => {
          const ms = minute * 60_000;
          const shown = clocksRead(ms, zone);
          const reading = readWallClock(shown.slice(0, 10), shown.slice(11), zone);
          expect(reading.skipped).toBeUndefined();
          expect(clocksRead(+reading.instant, zone)).toBe(shown);
          expect(+reading.instant).toBeLessThanOrEqual(ms);
          // Clocks go back by a quarter of an hour or more, up to a day.
          for (let back = 15; back <= 24 * 60; back += 15) {
            expect(clocksRead(+reading.instant - back * 60_000, zone)).not.toBe(shown);
          }
        },
      ),
      { numRuns: 200, seed: Number(process.env.PROPERTY_SEED ?? 20261126) },
    );
  });
});

describe("the date a meetup had before it moved", () => {
  const start = "2099-04-21T19:00:00-04:00";
  const NY = "America/New_York";

  it("is its day in the meetup's zone, a day written alone too (never UTC's midnight, the day before in New York)", () => {
    expect(formatEarlierStart("2099-04-07T19:00:00-04:00", start, NY)).toBe("Tuesday, 7 April 2099");
    expect(formatEarlierStart("2099-04-07", start, NY)).toBe("Tuesday, 7 April 2099");
    expect(formatEarlierStart("2099-04-07", start, "Pacific/Kiritimati")).toBe("Tuesday, 7 April 2099");
  });

  it("gives the hour when only the hour moved", () => {
    expect(formatEarlierStart("2099-04-21T18:00:00-04:00", start, NY)).toBe("Tuesday, 21 April 2099, 18:00");
  });
});

describe("time zone names", () => {
  it.each([
    ["asia/jerusalem", "Asia/Jerusalem"],
    ["Asia/Tel_Aviv", "Asia/Jerusalem"],
    ["EUROPE/BERLIN", "Europe/Berlin"],
    ["UTC", "UTC"],
    ["utc", "UTC"],
    ["Etc/GMT+5", "Etc/GMT+5"],
    ["etc/gmt+5", "Etc/GMT+5"],
  ])("makes %s canonical: %s", (written, canonical) => {
    expect(canonicalTimeZone(written)).toBe(canonical);
  });

  it.each(["Asia/Tel_Aviv_Yafo", "Nowhere", "../../etc/passwd", ""])("knows %j is no zone", (zone) => {
    expect(canonicalTimeZone(zone)).toBeUndefined();
  });

  it("reads Etc/GMT+5 the POSIX way: five hours behind UTC", () => {
    expect(isoInZone(readWallClock("2099-07-05", "19:00", "Etc/GMT+5").instant, "Etc/GMT+5")).toBe(
      "2099-07-05T19:00:00-05:00",
    );
  });
});

describe("the first year the gate takes", () => {
  it("is after local mean time everywhere: from then on every zone's offset is whole minutes", () => {
    const offsetsWithSeconds = ZONES.flatMap((zone) =>
      Array.from({ length: 2100 - FIRST_YEAR }, (_, i) => FIRST_YEAR + i)
        .flatMap((year) => [Date.UTC(year, 0, 1), Date.UTC(year, 6, 1)])
        .filter((ms) => /GMT[+-]\d\d:\d\d:\d\d/.test(clocksOffset(ms, zone)))
        .map((ms) => `${zone} ${new Date(ms).toISOString()}`),
    );
    expect(offsetsWithSeconds).toEqual([]);
  });

  it("is needed: @date-fns/tz reads Monrovia's -00:44:30 of 1971 as +44.5 minutes", () => {
    // When this fails, @date-fns/tz reads such offsets right, and FIRST_YEAR could go back.
    expect(clocksOffset(Date.UTC(1971, 0, 1), "Africa/Monrovia")).toBe("GMT-00:44:30");
    expect(tzOffset("Africa/Monrovia", new Date(Date.UTC(1971, 0, 1)))).toBe(44.5);
  });
});
