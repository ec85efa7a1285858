import { describe, expect, it } from "vitest";
import {
  canonicalTimeZone,
  dayInZone,
  formatClock,
  formatDay,
  isCalendarDay,
  isoInZone,
  isTimeZone,
  readWallClock,
  startOfDay,
  wallClock,
  zoneLabel,
} from "@/lib/time";

describe("wall-clock times in a meetup's zone", () => {
  it("19:00 in Tel Aviv in summer is 16:00 UTC and reads +03:00", () => {
    const t = wallClock("2016-07-12", "19:00", "Asia/Jerusalem");
    expect(t.toISOString()).toBe("2016-07-12T16:00:00.000Z");
    expect(isoInZone(t, "Asia/Jerusalem")).toBe("2016-07-12T19:00:00+03:00");
  });

  it("19:00 in Tel Aviv in winter reads +02:00", () => {
    expect(isoInZone(wallClock("2099-03-10", "19:00", "Asia/Jerusalem"), "Asia/Jerusalem")).toBe(
      "2099-03-10T19:00:00+02:00",
    );
  });

  it("takes each side of Israel's spring change at its own offset", () => {
    // Israel moved to summer time on Friday 29 March 2024 at 02:00.
    expect(isoInZone(wallClock("2024-03-28", "19:00", "Asia/Jerusalem"), "Asia/Jerusalem")).toBe(
      "2024-03-28T19:00:00+02:00",
    );
    expect(isoInZone(wallClock("2024-03-29", "19:00", "Asia/Jerusalem"), "Asia/Jerusalem")).toBe(
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
    const t = wallClock("2099-01-05", "23:30", "Asia/Jerusalem");
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
    expect(isTimeZone("Asia/Jerusalem")).toBe(true);
    expect(isTimeZone("Asia/Tel_Aviv_Yafo")).toBe(false);
  });
});

describe("clocks that jump", () => {
  it("says what the clocks do when a time is skipped: Israel went from 02:00 to 03:00 on 29 March 2024", () => {
    expect(readWallClock("2024-03-29", "02:30", "Asia/Jerusalem").skipped).toEqual({
      from: "02:00",
      to: "03:00",
      fromDay: "2024-03-29",
      toDay: "2024-03-29",
    });
    expect(readWallClock("2024-03-29", "03:00", "Asia/Jerusalem").skipped).toBeUndefined();
  });

  it("says so too when a whole day is skipped (Samoa, 30 December 2011)", () => {
    expect(readWallClock("2011-12-30", "19:00", "Pacific/Apia").skipped).toMatchObject({
      fromDay: "2011-12-30",
      toDay: "2011-12-31",
    });
  });

  it("reads a time the clocks show twice as its first occurrence", () => {
    // Israel went back from 02:00 to 01:00 on 27 October 2024.
    const reading = readWallClock("2024-10-27", "01:30", "Asia/Jerusalem");
    expect(reading.ambiguous).toBe(true);
    expect(isoInZone(reading.instant, "Asia/Jerusalem")).toBe("2024-10-27T01:30:00+03:00");
  });

  it("starts a day whose midnight is skipped when its clocks start (Chile, 11 September 2022)", () => {
    expect(isoInZone(startOfDay("2022-09-11", "America/Santiago"), "America/Santiago")).toBe(
      "2022-09-11T01:00:00-03:00",
    );
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
    expect(isoInZone(wallClock("2099-07-05", "19:00", "Etc/GMT+5"), "Etc/GMT+5")).toBe("2099-07-05T19:00:00-05:00");
  });
});

describe("local mean time, before time zones", () => {
  it("writes 19:00 in Jerusalem in 1900 (+02:20:40) in UTC, which ISO can say, and reads the wall clock right", () => {
    const t = wallClock("1900-01-01", "19:00", "Asia/Jerusalem");
    expect(isoInZone(t, "Asia/Jerusalem")).toBe("1900-01-01T16:39:20Z");
    expect(dayInZone(t, "Asia/Jerusalem")).toBe("1900-01-01");
    expect(formatClock(t, "Asia/Jerusalem")).toBe("19:00");
    expect(formatDay(t, "Asia/Jerusalem")).toBe("Monday, 1 January 1900");
  });

  it("reads offsets under an hour behind UTC the right way round (Monrovia, -00:44:30)", () => {
    const t = wallClock("1960-01-01", "19:00", "Africa/Monrovia");
    expect(t.toISOString()).toBe("1960-01-01T19:44:30.000Z");
    expect(formatClock(t, "Africa/Monrovia")).toBe("19:00");
  });
});
