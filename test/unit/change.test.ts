import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changeMeetup, ChangeRefused, type ChangeOptions } from "@/lib/content/change";
import { loadContent } from "@/lib/content/load";
import { contentFolder, root } from "./helpers";

// npm run change: run on copies of the fixture site's meetups in a scratch content folder. What it writes must
// pass the content check (loadContent, the function `npm run check` runs), and keep the rest of the file as it was.

const fixture = (rel: string) => fs.readFileSync(path.join(root, "test/fixtures/site", rel), "utf8");
const publicDir = path.join(root, "public");

/** A content folder with the fixture's speakers and these meetup files: { "2099/x.md": text }. */
function site(meetups: Record<string, string>) {
  const dir = contentFolder({
    "speakers/dana-fixture.md": fixture("speakers/dana-fixture.md"),
    "speakers/yossi-fixture.md": fixture("speakers/yossi-fixture.md"),
    ...Object.fromEntries(Object.entries(meetups).map(([rel, text]) => [`meetups/${rel}`, text])),
  });
  const change = (slug: string, action: string, options: ChangeOptions = {}) =>
    changeMeetup(dir, slug, action, options, { publicDir, timeZone: "Asia/Jerusalem" });
  const text = (rel: string) => fs.readFileSync(path.join(dir, "meetups", rel), "utf8");
  const checked = () => loadContent(dir, { publicDir, timeZone: "Asia/Jerusalem" });
  const meetup = (slug: string) => checked().meetups.find((m) => m.slug === slug);
  return { dir, change, text, checked, meetup };
}

const EBPF = "2099/2099-03-10-ebpf-everywhere.md";
const ebpf = fixture(`meetups/${EBPF}`);
/** The file's lines that `text` doesn't have, and those it has that the file hasn't. */
function diff(before: string, after: string) {
  const a = before.split("\n");
  const b = after.split("\n");
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe("npm run change", () => {
  it("cancels a meetup with a note, adding two lines and keeping every other byte", () => {
    const s = site({ [EBPF]: ebpf });
    const change = s.change("2099-03-10-ebpf-everywhere", "cancel", { note: "A strike: the talks move to **May**." });
    expect(change.said).toEqual([
      "status: cancelled (was scheduled)",
      'status_note: "A strike: the talks move to **May**."',
    ]);
    const after = s.text(EBPF);
    expect(diff(ebpf, after)).toEqual({
      removed: [],
      added: ["status: cancelled", 'status_note: "A strike: the talks move to **May**."'],
    });
    expect(after.replace(/^status.*\n/gm, "")).toBe(ebpf);
    expect(s.checked().problems).toEqual([]);
    expect(s.meetup("2099-03-10-ebpf-everywhere")).toMatchObject({
      status: "cancelled",
      statusNoteHtml: expect.stringContaining("<strong>May</strong>") as string,
    });
  });

  it("moves a meetup: the old date goes to previous_date, the new one is written as the file writes dates, and a second move makes a list", () => {
    const s = site({ [EBPF]: ebpf });
    // A day alone keeps the meetup's time; Israel's summer time has begun by then.
    s.change("2099-03-10-ebpf-everywhere", "move", { date: "2099-03-31" });
    expect(s.text(EBPF)).toContain(
      "date: 2099-03-31T19:00:00+03:00\nprevious_date: 2099-03-10T19:00:00+02:00\nstatus: rescheduled\n",
    );
    expect(s.checked().problems).toEqual([]);
    const second = s.change("2099-03-10-ebpf-everywhere", "move", { date: "2099-04-14T18:30", note: "Moved again." });
    expect(second.said).toEqual([
      "date: 2099-04-14T18:30:00+03:00 (was 2099-03-31T19:00:00+03:00)",
      "previous_date: 2099-03-31T19:00:00+03:00 added",
      'status_note: "Moved again."',
    ]);
    expect(s.text(EBPF)).toContain(
      "previous_date:\n  - 2099-03-10T19:00:00+02:00\n  - 2099-03-31T19:00:00+03:00\nstatus: rescheduled\n",
    );
    expect(s.checked().problems).toEqual([]);
    expect(s.meetup("2099-03-10-ebpf-everywhere")).toMatchObject({
      start: "2099-04-14T18:30:00+03:00",
      previousStarts: ["2099-03-10T19:00:00+02:00", "2099-03-31T19:00:00+03:00"],
    });
  });

  it("restores a meetup one move at a time, back to the file as it was", () => {
    const s = site({ [EBPF]: ebpf });
    s.change("2099-03-10-ebpf-everywhere", "move", { date: "2099-03-17", note: "The hall is busy." });
    s.change("2099-03-10-ebpf-everywhere", "move", { date: "2099-03-24" });
    s.change("2099-03-10-ebpf-everywhere", "restore");
    expect(s.meetup("2099-03-10-ebpf-everywhere")).toMatchObject({
      status: "rescheduled",
      start: "2099-03-17T19:00:00+02:00",
    });
    expect(s.change("2099-03-10-ebpf-everywhere", "restore").said).toContain("status: scheduled (was rescheduled)");
    expect(s.text(EBPF)).toBe(ebpf);
    expect(() => s.change("2099-03-10-ebpf-everywhere", "restore")).toThrow(
      /status: the meetup is scheduled: there is no change of plans to undo/,
    );
  });

  it("moves end: with the date when it is a date-time, in the meetup's zone, and keeps comments, quotes, CRLF line ends and numbers as written", () => {
    const text = [
      "---",
      "# Winter time in Israel",
      'title: "0x1F: Hex Night"',
      "date: '2099-03-10T19:00'",
      "end: 2099-03-10T21:30:00+02:00 # the hall closes",
      "venue: { name: Hall, geo: [32.0800, 34.7818] }",
      "---",
      "Body.",
      "",
    ].join("\r\n");
    const s = site({ "hex.md": text });
    s.change("hex", "move", { date: "2099-04-07" });
    expect(s.text("hex.md")).toBe(
      [
        "---",
        "# Winter time in Israel",
        'title: "0x1F: Hex Night"',
        "date: '2099-04-07T19:00'",
        "end: 2099-04-07T21:30:00+03:00 # the hall closes",
        "previous_date: '2099-03-10T19:00'",
        "status: rescheduled",
        "venue: { name: Hall, geo: [32.0800, 34.7818] }",
        "---",
        "Body.",
        "",
      ].join("\r\n"),
    );
    expect(s.checked().problems).toEqual([]);
  });

  it("postpones a meetup without its slots' times, which restore and move put back, and can cancel it then", () => {
    const s = site({ [EBPF]: ebpf });
    const postponed = s.change("2099-03-10-ebpf-everywhere", "postpone", { note: "Our speaker is ill." });
    expect(postponed.said[0]).toBe(
      "schedule: time: and end: taken out of 4 slots, kept as comments for restore (the talks stay listed)",
    );
    expect(s.text(EBPF)).not.toMatch(/^ +(- )?(time|end):/m);
    expect(s.text(EBPF)).toContain(
      '  - # time: "19:00", end: "19:30" (before it was postponed)\n    title: Gathering and pizza\n',
    );
    expect(s.checked().problems).toEqual([]);
    const after = s.text(EBPF);

    // Undone, the file is as it was: the hours are back where they were.
    const restored = s.change("2099-03-10-ebpf-everywhere", "restore");
    expect(restored.said).toContain(
      "schedule: time: and end: put back in 4 slots, as they were before it was postponed",
    );
    expect(s.text(EBPF)).toBe(ebpf);

    // Moved to a new date instead, it keeps its hours there.
    fs.writeFileSync(path.join(s.dir, "meetups", EBPF), after);
    s.change("2099-03-10-ebpf-everywhere", "move", { date: "2099-05-05" });
    expect(s.checked().problems).toEqual([]);
    expect(s.meetup("2099-03-10-ebpf-everywhere")?.schedule[0]?.start).toBe("2099-05-05T19:00:00+03:00");

    fs.writeFileSync(path.join(s.dir, "meetups", EBPF), after);
    s.change("2099-03-10-ebpf-everywhere", "cancel");
    expect(s.checked().problems).toEqual([]);
    expect(s.meetup("2099-03-10-ebpf-everywhere")?.status).toBe("cancelled");
    // Cancelled after it was postponed, and then on again after all: the hours come back with it.
    s.change("2099-03-10-ebpf-everywhere", "restore");
    expect(s.meetup("2099-03-10-ebpf-everywhere")).toMatchObject({ status: "scheduled" });
    expect(s.text(EBPF)).toContain('  - time: "19:00"\n    end: "19:30"\n    title: Gathering and pizza\n');

    // Held online instead, at its hours.
    fs.writeFileSync(path.join(s.dir, "meetups", EBPF), after);
    s.change("2099-03-10-ebpf-everywhere", "online", { url: "https://meet.example.org/ebpf" });
    expect(s.meetup("2099-03-10-ebpf-everywhere")?.schedule[0]?.start).toBe("2099-03-10T19:00:00+02:00");
  });

  it("says when there is nothing to change, and refuses a new date that has passed", () => {
    const s = site({ [EBPF]: ebpf });
    s.change("2099-03-10-ebpf-everywhere", "cancel");
    const cancelled = s.text(EBPF);
    expect(() => s.change("2099-03-10-ebpf-everywhere", "cancel")).toThrow(
      /: status: the meetup is cancelled already: nothing to change; pass --note "\.\.\." to change what it says$/,
    );
    expect(s.text(EBPF)).toBe(cancelled);
    s.change("2099-03-10-ebpf-everywhere", "cancel", { note: "The hall is closed." });
    expect(s.meetup("2099-03-10-ebpf-everywhere")?.statusNoteHtml).toContain("The hall is closed.");

    const now = new Date("2099-03-01T12:00:00Z");
    expect(() => s.change("2099-03-10-ebpf-everywhere", "move", { date: "2099-02-24", now })).toThrow(
      "--date: 2099-02-24T19:00:00+02:00 has passed (today is 2099-03-01); expected a date to come",
    );
  });

  it("says so when the meetup's day has passed, as a mistyped name would do", () => {
    const s = site({ [EBPF]: ebpf });
    const change = s.change("2099-03-10-ebpf-everywhere", "cancel", { now: new Date("2099-04-01T12:00:00Z") });
    expect(change.said).toContain("note: its day, 2099-03-10, has passed; if this was a mistake, restore undoes it");
    const restored = s.change("2099-03-10-ebpf-everywhere", "restore", { now: new Date("2099-04-01T12:00:00Z") });
    expect(restored.said.join("\n")).not.toContain("has passed");
  });

  it("moves a meetup online with its link, after the venue, and keeps the dates a rescheduled one had", () => {
    const rel = "2099/2099-04-07-io-uring-deep-dive.md";
    const s = site({ [rel]: fixture(`meetups/${rel}`) });
    const before = s.meetup("2099-04-07-io-uring-deep-dive")!.previousStarts;
    expect(before).not.toEqual([]);
    const change = s.change("2099-04-07-io-uring-deep-dive", "online", { url: "https://meet.example.org/io-uring" });
    expect(change.said.join("\n")).not.toContain("previous_date");
    expect(change.said.at(-1)).toMatch(/^status_note: removed \(it said "The venue needs the hall on the 7th/);
    expect(s.text(rel)).toContain(
      '  address: "1 Example St, Tel Aviv"\nonline: "https://meet.example.org/io-uring"\ntopics:',
    );
    expect(s.checked().problems).toEqual([]);
    expect(s.meetup("2099-04-07-io-uring-deep-dive")).toMatchObject({ status: "moved-online", previousStarts: before });
    // Restored, it is on again at the date it was moved to: still rescheduled, with the dates it had.
    const restored = s.change("2099-04-07-io-uring-deep-dive", "restore");
    expect(restored.said).toContain("status: rescheduled (was moved-online)");
    expect(s.checked().problems).toEqual([]);
    expect(s.meetup("2099-04-07-io-uring-deep-dive")).toMatchObject({ status: "rescheduled", previousStarts: before });
  });

  it("refuses what the site would refuse, with the gate's message, and writes nothing", () => {
    const s = site({ [EBPF]: ebpf });
    const refused = (action: string, options: ChangeOptions) => {
      try {
        s.change("2099-03-10-ebpf-everywhere", action, options);
      } catch (error) {
        expect(error).toBeInstanceOf(ChangeRefused);
        return (error as Error).message;
      }
      throw new Error("not refused");
    };
    expect(refused("online", { url: "javascript:alert(1)" })).toContain(
      `${s.dir}/meetups/${EBPF}: online: expected a URL starting with https://`,
    );
    expect(refused("online", {})).toBe(
      "--url: required: the link people join or watch at, like https://meet.example.org/our-meetup",
    );
    expect(refused("move", { date: "next week" })).toMatch(
      /^--date: expected the new date as date: takes it, like "2027-03-16T19:00", .*got "next week"$/,
    );
    expect(refused("move", {})).toMatch(/^--date: required for move/);
    expect(refused("move", { date: "2099-03-10" })).toBe("--date: the meetup is on 2099-03-10T19:00:00+02:00 already");
    expect(refused("move", { date: "2099-03-27T02:30" })).toMatch(
      /^--date: 02:30 doesn't exist on 2099-03-27 in Asia\/Jerusalem/,
    );
    expect(refused("move", { date: "2099-03-17T19:00+03:00" })).toMatch(
      /^--date: expected the offset of Asia\/Jerusalem on that day \(\+02:00\), got \+03:00/,
    );
    expect(refused("cancel", { date: "2099-03-17" })).toBe("--date: only move takes it, not cancel");
    expect(refused("cancle", {})).toBe(
      'unknown action "cancle": expected one of cancel, postpone, move, online, restore: did you mean "cancel"?',
    );
    expect(s.text(EBPF)).toBe(ebpf);
  });

  it("finds a meetup by its slug in any subfolder, or names the one that was probably meant", () => {
    const s = site({ [EBPF]: ebpf });
    expect(() => s.change("ebpf-everywhere", "cancel")).toThrow(
      `no meetup "ebpf-everywhere" in ${s.dir}/meetups/: did you mean "2099-03-10-ebpf-everywhere"?`,
    );
    // A long slug mistyped in three letters.
    expect(() => s.change("2099-03-10-ebpf-evrywere!", "cancel")).toThrow(
      `no meetup "2099-03-10-ebpf-evrywere!" in ${s.dir}/meetups/: did you mean "2099-03-10-ebpf-everywhere"?`,
    );
    expect(() => s.change("kernel-night", "cancel")).toThrow(
      /expected the name of its file without \.md, like "2099-03-10-ebpf-everywhere"$/,
    );
    expect(s.change(`content/meetups/${EBPF}`, "cancel").file).toBe(`${s.dir}/meetups/${EBPF}`);
  });

  it("takes a meetup of this site whose date is written with a space, not a T, as the site does: no Jekyll post", () => {
    const spaced = ebpf.replace("date: 2099-03-10T19:00:00+02:00", "date: 2099-03-10 19:00");
    const s = site({ [EBPF]: spaced });
    expect(s.meetup("2099-03-10-ebpf-everywhere")).toMatchObject({ start: "2099-03-10T19:00:00+02:00", redirects: [] });
    s.change("2099-03-10-ebpf-everywhere", "cancel");
    expect(s.meetup("2099-03-10-ebpf-everywhere")?.status).toBe("cancelled");
  });

  it("asks for a Jekyll post to be upgraded first, which keeps its old address", () => {
    const rel = "2016-07-12-breaking-the-wall---handling-things-in-userspace.markdown";
    const s = site({ [rel]: fixture(`meetups/${rel}`) });
    expect(() => s.change("2016-07-12-breaking-the-wall---handling-things-in-userspace", "cancel")).toThrow(
      /: file: expected the structured form: this is a Jekyll post; run npm run upgrade -- .* first/,
    );
  });
});
