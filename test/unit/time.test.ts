import { describe, expect, it } from "vitest";
import { formatClock, formatDay, isCalendarDay, isoInZone, isTimeZone, wallClock, zoneLabel } from "@/lib/time";

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
