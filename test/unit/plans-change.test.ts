import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { upgradeLegacyPost } from "@/lib/content/upgrade";
import { contentFolder, loadFixtureSite, loadHebrewSite, speakerFile } from "./helpers";

// When plans change (docs/content.md): what the gate takes of status, status_note and previous_date, and the
// message that names the field and what to write instead for each thing an organizer can get wrong.

const file = (front: string, body = "Body.\n") => `---\n${front.trim()}\n---\n${body}`;
const on = `title: T\ndate: 2099-04-21T19:00:00+03:00`;

/** One meetup file through the gate, as the build reads it: its problems (field and message) and its document. */
function read(text: string) {
  const dir = contentFolder({ "meetups/m.md": text, "speakers/ada.md": speakerFile("Ada") });
  const { problems, meetups } = loadContent(dir, { publicDir: contentFolder({}) });
  expect(problems.every((p) => p.file === `${dir}/meetups/m.md`)).toBe(true);
  return { problems: problems.map(({ field, message }) => ({ field, message })), meetup: meetups[0] };
}

const only = (field: string, message: RegExp) => [{ field, message: expect.stringMatching(message) as string }];

describe("status", () => {
  it.each(["scheduled", "cancelled", "postponed", "rescheduled", "moved-online"])("takes %s", (status) => {
    const extra =
      { rescheduled: "\nprevious_date: 2099-04-07T19:00", "moved-online": "\nonline: https://meet.example.org/k" }[
        status
      ] ?? "";
    const { problems, meetup } = read(file(`${on}\nstatus: ${status}${extra}`));
    expect(problems).toEqual([]);
    expect(meetup?.status).toBe(status);
  });

  it("is scheduled when none is written, and takes any case", () => {
    expect(read(file(on)).meetup?.status).toBe("scheduled");
    expect(read(file(`${on}\nstatus: Cancelled`)).meetup?.status).toBe("cancelled");
  });

  it.each([
    ["canceled", "cancelled"],
    ["cancel", "cancelled"],
    ["postpone", "postponed"],
    ["moved online", "moved-online"],
    ["online", "moved-online"],
  ])("asks whether %s meant %s, and says nothing more of the fields beside it", (written, meant) => {
    const { problems, meetup } = read(file(`${on}\nstatus: ${written}\nstatus_note: Why.\nprevious_date: 2099-04-07`));
    expect(problems).toEqual([
      {
        field: "status",
        message: `expected one of scheduled, cancelled, postponed (no new date yet), rescheduled (a new date) or moved-online, got "${written}": did you mean "${meant}"?`,
      },
    ]);
    expect(meetup).toBeUndefined();
  });

  it("lists the statuses when a word is none of them", () => {
    expect(read(file(`${on}\nstatus: delayed`)).problems).toEqual(
      only("status", /^expected one of scheduled, .* or moved-online, got "delayed"$/),
    );
    expect(read(file(`${on}\nstatus: [cancelled]`)).problems).toEqual(
      only("status", /^expected one of scheduled, .*, got \["cancelled"\]$/),
    );
  });

  it("leaves a draft a draft, whatever its status", () => {
    const { problems, meetup } = read(file(`${on}\nstatus: cancelled\ndraft: true`));
    expect(problems).toEqual([]);
    expect(meetup).toMatchObject({ status: "cancelled", draft: true });
  });
});

describe("status_note", () => {
  it("is Markdown, rendered like the body", () => {
    const { meetup } = read(file(`${on}\nstatus: cancelled\nstatus_note: "A **strike** closes the city."`));
    expect(meetup?.statusNoteHtml).toBe(`<p dir="auto">A <strong>strike</strong> closes the city.</p>`);
  });

  it("needs a status beside it", () => {
    const expected = only(
      "status_note",
      /^a note says what changed: expected status: beside it \(cancelled, postponed, rescheduled or moved-online\), or no status_note$/,
    );
    expect(read(file(`${on}\nstatus_note: The speaker is ill.`)).problems).toEqual(expected);
    expect(read(file(`${on}\nstatus: scheduled\nstatus_note: The speaker is ill.`)).problems).toEqual(expected);
  });

  it("is checked like any Markdown: a script link never reaches a page", () => {
    const { problems } = read(file(`${on}\nstatus: cancelled\nstatus_note: "[details](javascript:alert(1))"`));
    expect(problems).toEqual(only("status_note", /link "javascript:alert\(1\)": expected https:\/\//));
  });
});

describe("moved online", () => {
  it("needs the link people join at", () => {
    expect(read(file(`${on}\nstatus: moved-online`)).problems).toEqual(
      only(
        "online",
        /^required for a meetup that moved online: expected the link people join or watch at, like https:\/\//,
      ),
    );
  });
});

describe("previous_date", () => {
  const moved = (previous: string, front = on) =>
    read(file(`${front}\nstatus: rescheduled\nprevious_date: ${previous}`));

  it("is required when a meetup is rescheduled", () => {
    expect(read(file(`${on}\nstatus: rescheduled`)).problems).toEqual(
      only(
        "previous_date",
        /^required for a rescheduled meetup: expected the date it had, written like date: \("2027-03-09T19:00"\)$/,
      ),
    );
  });

  it("belongs to a meetup whose plans changed: kept when a moved meetup is called off, refused on a scheduled one", () => {
    expect(read(file(`${on}\nprevious_date: 2099-04-07`)).problems).toEqual(
      only(
        "previous_date",
        /^only a meetup whose plans changed has one: expected status: rescheduled beside it, or no previous_date \(it has no status:\)$/,
      ),
    );
    expect(read(file(`${on}\nstatus: scheduled\nprevious_date: 2099-04-07`)).problems).toEqual(
      only("previous_date", /\(its status is scheduled\)$/),
    );
    for (const status of ["cancelled", "postponed"]) {
      const { meetup, problems } = read(file(`${on}\nstatus: ${status}\nprevious_date: 2099-04-07`));
      expect(problems).toEqual([]);
      expect(meetup).toMatchObject({ status, previousStarts: ["2099-04-07"] });
    }
    // The contract's own example of a change of plans, as written.
    const example = `${on}\nstatus: cancelled\nstatus_note: "The venue is closed that week; the talks move to October."\nprevious_date: 2027-10-12T19:00:00+03:00`;
    expect(read(file(example)).problems).toEqual([]);
  });

  it("reads each date in the meetup's own zone, as date: is read, in the order written", () => {
    expect(moved("2099-04-07T19:00").meetup?.previousStarts).toEqual(["2099-04-07T19:00:00+03:00"]);
    expect(
      moved("2099-04-07T19:00", `title: T\ndate: 2099-04-21T19:00\ntimezone: Europe/Berlin`).meetup?.previousStarts,
    ).toEqual(["2099-04-07T19:00:00+02:00"]);
    // Winter time before the move, summer time after it; a day alone; a date after the new one (it moved earlier).
    expect(moved(`[2099-03-10T19:00:00+02:00, 2099-04-28, "2099-05-05T18:30"]`).meetup?.previousStarts).toEqual([
      "2099-03-10T19:00:00+02:00",
      "2099-04-28",
      "2099-05-05T18:30:00+03:00",
    ]);
  });

  it("takes a meetup that comes back to a date it had", () => {
    const { problems, meetup } = moved(`[2099-04-21T19:00, 2099-04-28T19:00]`);
    expect(problems).toEqual([]);
    expect(meetup?.previousStarts).toHaveLength(2);
  });

  it("refuses the date the meetup has now", () => {
    expect(moved("2099-04-21T19:00:00+03:00").problems).toEqual(
      only(
        "previous_date",
        /^expected the date the meetup had before it moved, got its date: as it is now \("2099-04-21T19:00:00\+03:00"\)$/,
      ),
    );
    expect(moved("2099-04-21").problems).toEqual(only("previous_date", /got its date: as it is now/));
    expect(moved(`[2099-04-07T19:00, 2099-04-21T19:00]`).problems).toEqual(
      only("previous_date[1]", /got its date: as it is now/),
    );
  });

  it("refuses a move to the same date twice in a row", () => {
    expect(moved(`[2099-04-07T19:00, 2099-04-07T19:00:00+03:00]`).problems).toEqual(
      only(
        "previous_date[1]",
        /^expected the date it moved to from previous_date\[0\], got that same date again .*: each move goes to another date$/,
      ),
    );
  });

  it("refuses a time the clocks skip, a wrong offset and what isn't a date, naming the item", () => {
    expect(moved("2099-03-27T02:30").problems).toEqual(
      only(
        "previous_date",
        /^02:30 doesn't exist on 2099-03-27 in Asia\/Jerusalem: the clocks go forward from 02:00 to 03:00 that day/,
      ),
    );
    expect(moved("2099-01-10T19:00:00+03:00").problems).toEqual(
      only("previous_date", /^expected the offset of Asia\/Jerusalem on that day \(\+02:00\), got \+03:00/),
    );
    expect(moved(`[2099-04-07, last week]`).problems).toEqual(
      only("previous_date[1]", /^expected a date like .*, got "last week"$/),
    );
  });
});

describe("the schedule of a postponed or cancelled meetup", () => {
  const slots = (...lines: string[]) => `schedule:\n${lines.map((l) => `  - ${l}`).join("\n")}`;

  it("has no times while the meetup is postponed: each talk is listed for the evening the meetup had", () => {
    const { problems, meetup } = read(
      file(`${on}\nend: "21:00"\nstatus: postponed\n${slots("title: One\n    speakers: [ada]", "title: Two")}`),
    );
    expect(problems).toEqual([]);
    expect(meetup?.schedule.map((s) => [s.title, s.start, s.end])).toEqual([
      ["One", "2099-04-21T19:00:00+03:00", "2099-04-21T21:00:00+03:00"],
      ["Two", "2099-04-21T19:00:00+03:00", "2099-04-21T21:00:00+03:00"],
    ]);
  });

  it("refuses a time in a postponed meetup's slot, naming the slot", () => {
    const { problems } = read(
      file(`${on}\nstatus: postponed\n${slots(`title: One\n    time: "19:00"\n    end: "20:00"`)}`),
    );
    const postponed =
      /^a postponed meetup has no times yet: expected no time: or end: in its slots \(npm run change removes them/;
    expect(problems).toEqual([
      { field: 'schedule, slot 1 ("One"), time', message: expect.stringMatching(postponed) as string },
      { field: 'schedule, slot 1 ("One"), end', message: expect.stringMatching(postponed) as string },
    ]);
  });

  it("takes a cancelled meetup's slots all with times or all without (it may have been postponed first)", () => {
    expect(read(file(`${on}\nstatus: cancelled\n${slots("title: One", "title: Two")}`)).problems).toEqual([]);
    expect(
      read(file(`${on}\nstatus: cancelled\n${slots(`time: "19:00"\n    title: One`, "title: Two")}`)).problems,
    ).toEqual(only('schedule, slot 2 ("Two"), time', /^required: expected a time like "19:15", got nothing$/));
    expect(read(file(`${on}\nstatus: cancelled\n${slots(`end: "20:00"\n    title: One`)}`)).problems).toEqual(
      only('schedule, slot 1 ("One"), end', /^expected time: beside end:, or neither/),
    );
  });

  it("reads a postponed Jekyll post's schedule lines for the evening, not for the talks, and upgrades it so", () => {
    const post = file(
      `layout: post\ntitle: "Old"\ndate: 2016-07-12 16-00-00 +0300\ncategories: meetups\nstatus: postponed`,
      "19:00-19:15 mingling\n19:15-20:00 Talk one\n",
    );
    const { problems, meetup } = read(post);
    expect(problems).toEqual([]);
    expect([meetup?.start, meetup?.end]).toEqual(["2016-07-12T19:00:00+03:00", "2016-07-12T20:00:00+03:00"]);
    expect(meetup?.schedule.map((s) => [s.start, s.end])).toEqual([
      [meetup?.start, meetup?.end],
      [meetup?.start, meetup?.end],
    ]);
    const upgraded = upgradeLegacyPost(post, "content/meetups/2016-07-12-old.md").text;
    expect(upgraded).toContain("status: postponed");
    expect(upgraded).not.toMatch(/^ +(- )?time:/m);
    expect(read(upgraded).problems).toEqual([]);
  });
});

describe("the example sites", () => {
  it("have a meetup of each kind, which the gate takes", () => {
    const site = loadFixtureSite();
    expect(site.problems).toEqual([]);
    const bySlug = new Map(site.meetups.map((m) => [m.slug, m]));
    expect(bySlug.get("2099-02-17-strike-night")?.status).toBe("cancelled");
    expect(bySlug.get("2099-02-24-filesystems-evening")?.status).toBe("postponed");
    expect(bySlug.get("2099-04-07-io-uring-deep-dive")).toMatchObject({
      status: "rescheduled",
      previousStarts: ["2099-04-07T19:00:00+03:00"],
    });
    expect(bySlug.get("2099-05-19-scheduler-online")?.status).toBe("moved-online");
    const hebrew = loadHebrewSite();
    expect(hebrew.problems).toEqual([]);
    expect(hebrew.meetups.find((m) => m.status === "rescheduled")?.previousStarts).toEqual([
      "2099-04-09T18:30:00-04:00",
    ]);
  });
});
