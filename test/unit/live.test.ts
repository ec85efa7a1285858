import { describe, expect, it } from "vitest";
import { he } from "@/lib/i18n/he";
import { en } from "@/lib/i18n/en";
import { arrangeHome, localLabel, phaseAt, relativeLabel } from "@/lib/site/phases";

/** The English interface's words for live time. */
const TEXT = { locale: en.locale, dir: "ltr" as const, ...en.live };
import { meetupOrThrow } from "./helpers";

const at = (iso: string) => Date.parse(iso);
const TLV = "Asia/Jerusalem";
// 19:00-21:00 in Tel Aviv in winter (+02:00).
const start = "2099-03-10T19:00:00+02:00";
const end = "2099-03-10T21:00:00+02:00";

describe("a meetup's phase at a moment", () => {
  it("is upcoming before, live during, past after", () => {
    expect(phaseAt(start, end, at("2099-03-10T18:59:00+02:00"))).toBe("upcoming");
    expect(phaseAt(start, end, at("2099-03-10T19:00:00+02:00"))).toBe("live");
    expect(phaseAt(start, end, at("2099-03-10T20:59:00+02:00"))).toBe("live");
    expect(phaseAt(start, end, at("2099-03-10T21:00:00+02:00"))).toBe("past");
  });

  it("is off at any hour once called off, and keeps to the clock for a new date or a move online", () => {
    for (const now of ["2099-03-09T12:00:00+02:00", "2099-03-10T20:00:00+02:00", "2099-03-11T12:00:00+02:00"]) {
      expect(phaseAt(start, end, at(now), "cancelled")).toBe("off");
      expect(phaseAt(start, end, at(now), "postponed")).toBe("off");
    }
    expect(phaseAt(start, end, at("2099-03-10T20:00:00+02:00"), "rescheduled")).toBe("live");
    expect(phaseAt(start, end, at("2099-03-10T20:00:00+02:00"), "moved-online")).toBe("live");
  });

  it("uses two hours from the start for a meetup written without an end", () => {
    const m = meetupOrThrow(`---\ntitle: T\ndate: 2099-07-14T19:00:00+03:00\n---\n`);
    expect(phaseAt(m.start, m.end, at("2099-07-14T20:59:00+03:00"))).toBe("live");
    expect(phaseAt(m.start, m.end, at("2099-07-14T21:00:00+03:00"))).toBe("past");
  });

  it("keeps a meetup known only by its day upcoming until that day is over in its zone", () => {
    const m = meetupOrThrow(`---\nlayout: post\ntitle: T\ndate: 2099-07-14 16-00-00 +0300\n---\nNo schedule.\n`);
    expect(phaseAt(m.start, m.end, at("2099-07-14T23:59:00+03:00"))).toBe("live");
    expect(phaseAt(m.start, m.end, at("2099-07-15T00:00:00+03:00"))).toBe("past");
  });
});

describe("relative time, in the meetup's zone", () => {
  it.each([
    ["2099-03-01T12:00:00+02:00", "in 9 days"],
    ["2099-03-07T23:30:00+02:00", "in 3 days"],
    ["2099-03-09T12:00:00+02:00", "tomorrow at 19:00"],
    // 23:30 UTC on the 9th is already the 10th in Tel Aviv.
    ["2099-03-09T23:30:00Z", "today at 19:00"],
    ["2099-03-10T08:00:00+02:00", "today at 19:00"],
    ["2099-03-10T19:30:00+02:00", "happening now"],
    ["2099-03-10T21:30:00+02:00", ""],
    ["2099-02-10T12:00:00+02:00", "in 4 weeks"],
    ["2098-12-01T12:00:00+02:00", ""],
  ])("at %s it says %j", (now, label) => {
    expect(relativeLabel(start, end, TLV, true, at(now), TEXT)).toBe(label);
  });

  it("counts days across Israel's spring change without losing one", () => {
    // Summer time starts on Friday 27 March 2099; the meetup is on Tuesday 31 March.
    expect(
      relativeLabel(
        "2099-03-31T19:00:00+03:00",
        "2099-03-31T21:00:00+03:00",
        TLV,
        true,
        at("2099-03-26T20:00:00+02:00"),
        TEXT,
      ),
    ).toBe("in 5 days");
  });

  it("leaves the hour out for a meetup known only by its day", () => {
    expect(
      relativeLabel(
        "2099-03-10T00:00:00+02:00",
        "2099-03-11T00:00:00+02:00",
        TLV,
        false,
        at("2099-03-09T10:00:00+02:00"),
        TEXT,
      ),
    ).toBe("tomorrow");
  });
});

describe("relative time, for a visitor in another zone", () => {
  // 23:30 UTC on Monday 9 March 2099: already Tuesday, the meetup's day, in Tel Aviv; still Monday in London and
  // Los Angeles; Tuesday morning in Tokyo, where the meetup starts on Wednesday at 02:00.
  const now = at("2099-03-09T23:30:00Z");

  it.each([
    ["Europe/London", "tomorrow"],
    ["America/Los_Angeles", "tomorrow"],
    ["Asia/Tokyo", "tomorrow"],
    ["Pacific/Kiritimati", "tomorrow"],
    ["Africa/Cairo", "today at 19:00"],
  ])("in %s says %j: the visitor's day, and the hour only where their clocks read the meetup's", (zone, label) => {
    expect(relativeLabel(start, end, TLV, true, now, TEXT, zone)).toBe(label);
  });

  it("counts to a meetup known only by its day from the visitor's today", () => {
    const day = ["2099-03-10T00:00:00+02:00", "2099-03-11T00:00:00+02:00"] as const;
    // 05:00 on the 10th in Tokyo, the meetup's day there already; still 22:00 on the 9th in Tel Aviv.
    expect(relativeLabel(...day, TLV, false, at("2099-03-09T20:00:00Z"), TEXT, "Asia/Tokyo")).toBe("today");
    expect(relativeLabel(...day, TLV, false, at("2099-03-09T20:00:00Z"), TEXT)).toBe("tomorrow");
  });
});

describe("live time in a Hebrew interface", () => {
  const HE = { locale: he.locale, dir: "rtl" as const, ...he.live };

  it("says tomorrow, in so many days and happening now in Hebrew", () => {
    expect(relativeLabel(start, end, TLV, true, at("2099-03-09T12:00:00+02:00"), HE)).toBe("מחר ב־19:00");
    expect(relativeLabel(start, end, TLV, true, at("2099-03-07T12:00:00+02:00"), HE)).toBe("בעוד 3 ימים");
    expect(relativeLabel(start, end, TLV, true, at("2099-03-10T19:30:00+02:00"), HE)).toBe("מתקיים עכשיו");
    // The hours isolated left to right (LRI, PDI) inside the Hebrew sentence.
    expect(localLabel(start, end, TLV, true, "Europe/London", HE)).toBe("\u206617:00–19:00\u2069 לפי השעון שלך");
  });
});

describe("the visitor's own time", () => {
  it("is shown where their clocks differ, with the offset of that date", () => {
    expect(localLabel(start, end, TLV, true, "Europe/London", TEXT)).toBe("17:00–19:00 your time");
    // New York is already on summer time on 10 March 2099; Israel is not yet.
    expect(localLabel(start, end, TLV, true, "America/New_York", TEXT)).toBe("13:00–15:00 your time");
  });

  it("is shown when only the end reads otherwise: the visitor's clocks stay as the meetup's zone changes overnight", () => {
    // New York moves to summer time at 02:00 on Sunday 8 March 2099; Bogotá keeps its clocks all year.
    const night = ["2099-03-07T20:00:00-05:00", "2099-03-08T03:30:00-04:00"] as const;
    expect(localLabel(...night, "America/New_York", true, "America/Bogota", TEXT)).toBe(
      "20:00–02:30 (next day) your time",
    );
    expect(localLabel(...night, "America/New_York", true, "America/Toronto", TEXT)).toBe("");
  });

  it("names the day when it is another day for the visitor", () => {
    expect(localLabel(start, end, TLV, true, "Pacific/Kiritimati", TEXT)).toBe("Wed 07:00–09:00 your time");
  });

  it("says when the evening ends after the visitor's midnight, as the meetup's own hours do", () => {
    // 19:00-21:00 in Tel Aviv (+02:00) is 22:30-00:30 in Kolkata (+05:30).
    expect(localLabel(start, end, TLV, true, "Asia/Kolkata", TEXT)).toBe("22:30–00:30 (next day) your time");
    const hebrew = { locale: he.locale, dir: "rtl" as const, ...he.live };
    expect(localLabel(start, end, TLV, true, "Asia/Kolkata", hebrew)).toBe(
      "\u206622:30–00:30\u2069 (למחרת) לפי השעון שלך",
    );
    // A two-day event names the day it ends on, after the hours, as the meetup's own do.
    const twoDays = "2099-03-11T21:15:00+02:00";
    expect(localLabel(start, twoDays, TLV, true, "Asia/Kolkata", TEXT)).toBe(
      "22:30–00:45 (until Thu 12 Mar) your time",
    );
    expect(localLabel(start, twoDays, TLV, true, "Asia/Kolkata", hebrew)).toBe(
      "\u206622:30–00:45\u2069 (עד יום ה׳, 12 במרץ) לפי השעון שלך",
    );
  });

  it("is left out in the meetup's own zone, or in one whose clocks agree", () => {
    expect(localLabel(start, end, TLV, true, TLV, TEXT)).toBe("");
    expect(localLabel(start, end, TLV, true, "Africa/Cairo", TEXT)).toBe("");
    expect(localLabel(start, end, TLV, false, "Europe/London", TEXT)).toBe("");
  });
});

describe("the home page at a moment", () => {
  const m = (slug: string, day: string) => ({ slug, start: `${day}T19:00:00+02:00`, end: `${day}T21:00:00+02:00` });
  const upcoming = [m("a", "2099-03-10"), m("b", "2099-04-10"), m("c", "2099-05-10")];
  const recent = [m("y", "2099-02-10"), m("z", "2099-01-10")];

  it("leads with the next meetup, lists the later ones and the recent past", () => {
    expect(arrangeHome(upcoming, recent, 3, at("2099-03-01T00:00:00+02:00"))).toEqual({
      lead: "a",
      later: ["b", "c"],
      off: [],
      recent: ["y", "z"],
    });
  });

  it("keeps a meetup in the lead while it happens", () => {
    expect(arrangeHome(upcoming, recent, 3, at("2099-03-10T20:00:00+02:00")).lead).toBe("a");
  });

  it("moves a meetup that has ended to the recent ones, and the next one up", () => {
    expect(arrangeHome(upcoming, recent, 3, at("2099-03-11T00:00:00+02:00"))).toEqual({
      lead: "b",
      later: ["c"],
      off: [],
      recent: ["a", "y", "z"],
    });
  });

  it("never lists a meetup called off as coming: it is listed apart until its date, then leaves the page", () => {
    const off = [
      { ...m("x", "2099-03-05"), status: "cancelled" },
      { ...m("p", "2099-03-07"), status: "postponed" },
      { ...m("a", "2099-03-10"), status: "rescheduled" },
      m("b", "2099-04-10"),
    ];
    expect(arrangeHome(off, recent, 3, at("2099-03-01T00:00:00+02:00"))).toEqual({
      lead: "a",
      later: ["b"],
      off: ["x", "p"],
      recent: ["y", "z"],
    });
    // The cancelled evening's hour: nothing happens, and the next meetup still leads.
    expect(arrangeHome(off, recent, 3, at("2099-03-05T20:00:00+02:00"))).toEqual({
      lead: "a",
      later: ["b"],
      off: ["x", "p"],
      recent: ["y", "z"],
    });
    expect(arrangeHome(off, recent, 3, at("2099-03-08T00:00:00+02:00"))).toEqual({
      lead: "a",
      later: ["b"],
      off: [],
      recent: ["y", "z"],
    });
    expect(arrangeHome(off, recent, 3, at("2099-03-11T00:00:00+02:00"))).toEqual({
      lead: "b",
      later: [],
      off: [],
      recent: ["a", "y", "z"],
    });
  });

  it("leads with nothing while only meetups called off are ahead, and lists none of them as coming", () => {
    const off = [{ ...m("x", "2099-03-05"), status: "cancelled" }];
    expect(arrangeHome(off, recent, 3, at("2099-03-01T00:00:00+02:00"))).toEqual({
      lead: undefined,
      later: [],
      off: ["x"],
      recent: ["y", "z"],
    });
  });

  it("has no lead once everything has happened", () => {
    expect(arrangeHome(upcoming, recent, 2, at("2099-06-01T00:00:00+02:00"))).toEqual({
      lead: undefined,
      later: [],
      off: [],
      recent: ["c", "b"],
    });
  });
});
