import fs from "node:fs";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "@/lib/outputs/calendar";
import { createCatalog } from "@/lib/site/catalog";
import { writeFeed } from "@/lib/outputs/feeds";
import { hebrewText, jekyllSlugify, parseWrittenDate, readLegacyBody } from "@/lib/content/legacy";
import { jekyllPermalink } from "@/lib/content/meetup";
import { htmlText } from "@/lib/site/text";
import { loadFixtureSite, meetupOrThrow, readMeetup, root } from "./helpers";
import { formatProblem } from "@/lib/content/problems";

describe("Jekyll's date forms", () => {
  it.each([
    ["2016-07-12", { day: "2016-07-12", time: undefined, offset: undefined, iso: false }],
    ["2016-07-12 19:00", { day: "2016-07-12", time: "19:00", offset: undefined, iso: false }],
    ["2016-07-12 19:00:00 +0300", { day: "2016-07-12", time: "19:00", offset: "+03:00", iso: false }],
    [
      "2016-07-12 16-00-00 +0300",
      { day: "2016-07-12", time: "16:00", offset: "+03:00", iso: false, clockUntrusted: true },
    ],
    [
      "2017-01-10 17-00-00 +0200",
      { day: "2017-01-10", time: "17:00", offset: "+02:00", iso: false, clockUntrusted: true },
    ],
    ["2016-07-12T19:00:00+03:00", { day: "2016-07-12", time: "19:00", offset: "+03:00", iso: true }],
    ["2016-07-12T16:00:00Z", { day: "2016-07-12", time: "16:00", offset: "Z", iso: true }],
  ])("reads %s", (text, expected) => {
    expect(parseWrittenDate(text)).toMatchObject(expected);
  });

  it.each(["12/07/2016", "2016-07-12 7pm", "July 12th", "2016-07-12 +0300", "2016-07-12 19:00:99"])(
    "refuses %s",
    (text) => {
      expect(parseWrittenDate(text)).toBeUndefined();
    },
  );
});

const post = (date: string, body: string, extra = "categories: meetups") =>
  `---\nlayout: post\ntitle: "Legacy"\ndate: ${date}\n${extra}\n---\n${body}`;

describe("a legacy post lands on its own day", () => {
  it("dated 16-00-00 +0300 in summer, with a schedule, starts at the first slot in Israel's summer offset", () => {
    const m = meetupOrThrow(post("2016-07-12 16-00-00 +0300", "19:00-19:15 mingling\n\n19:15-20:00 Talk\n"));
    expect(m.day).toBe("2016-07-12");
    expect(m.start).toBe("2016-07-12T19:00:00+03:00");
    expect(m.end).toBe("2016-07-12T20:00:00+03:00");
  });

  it("dated 17-00-00 +0200 in winter starts at the first slot in Israel's winter offset", () => {
    const m = meetupOrThrow(post("2017-01-10 17-00-00 +0200", "19:00-19:30 Gathering\n\n19:30-20:15 Talk\n"));
    expect(m.start).toBe("2017-01-10T19:00:00+02:00");
  });

  it("dated 22-30-00 +0300, late in the UTC evening, stays on the day written", () => {
    const m = meetupOrThrow(post("2016-07-12 22-30-00 +0300", "19:00-19:15 mingling\n"));
    expect(m.day).toBe("2016-07-12");
  });

  it("without a schedule shows the day and no time, never the script's UTC clock", () => {
    const m = meetupOrThrow(post("2016-07-12 16-00-00 +0300", "Just words.\n"));
    expect(m.hasTime).toBe(false);
    expect(m.day).toBe("2016-07-12");
  });

  it("with a hand-written local time and the right offset keeps that time", () => {
    const m = meetupOrThrow(post("2016-07-12 19:00:00 +0300", "Just words.\n"));
    expect(m.start).toBe("2016-07-12T19:00:00+03:00");
  });

  it("with a time written in another offset keeps its day and shows no time: the clock was the post's, not the meetup's", () => {
    const m = meetupOrThrow(post("2016-07-12 19:00:00 -0500", "Just words.\n"));
    expect([m.day, m.hasTime]).toEqual(["2016-07-12", false]);
  });

  it("takes categories and tags as a word, a space-separated string or a list", () => {
    expect(meetupOrThrow(post("2016-07-12", "x", "categories: talks\ntags: ebpf")).topics).toEqual(["talks", "ebpf"]);
    expect(meetupOrThrow(post("2016-07-12", "x", "categories: talks kernel")).topics).toEqual(["talks", "kernel"]);
    expect(meetupOrThrow(post("2016-07-12", "x", "categories: [talks]\ntags: [a, b]")).topics).toEqual([
      "talks",
      "a",
      "b",
    ]);
  });

  it("leaves out categories: meetups, the old site's section every post was in, but keeps the tag", () => {
    expect(meetupOrThrow(post("2016-07-12", "x", "categories: meetups\ntags: ebpf")).topics).toEqual(["ebpf"]);
    expect(meetupOrThrow(post("2016-07-12", "x", "categories: [Meetups, kernel]")).topics).toEqual(["kernel"]);
    expect(meetupOrThrow(post("2016-07-12", "x", "categories: meetups\ntags: meetups")).topics).toEqual(["meetups"]);
  });
});

describe("a Jekyll post's language", () => {
  it("is Hebrew when most of its letters are, counting letters only: not vowel points, code or addresses", () => {
    expect(hebrewText("ערב על ניהול זיכרון ב-Linux")).toBe("he");
    expect(hebrewText("בְּרֵאשִׁית hello world ab")).toBeUndefined();
    expect(hebrewText("ערב זיכרון `static_branch_unlikely` <https://example.com/memory-management>")).toBe("he");
  });
});

describe("schedule lines in a legacy body", () => {
  it.each([
    ["19:00-19:15 mingling", "19:00", "19:15", "Mingling", true],
    ["19:00 - 19:15 mingling", "19:00", "19:15", "Mingling", true],
    ["19:00–19:15 mingling", "19:00", "19:15", "Mingling", true],
    ["19:00 – 19:15 Networking", "19:00", "19:15", "Networking", true],
    [
      "19:00-19:10 : Mingling, getting to know our community",
      "19:00",
      "19:10",
      "Mingling, getting to know our community",
      true,
    ],
    ["18:00-18:10: Opening talk", "18:00", "18:10", "Opening talk", false],
    ["19:00-19:15 - Gathering", "19:00", "19:15", "Gathering", true],
    ["19:00-19:15Gathering", "19:00", "19:15", "Gathering", true],
    ["19:00-19:15 Arrival and pizza  ", "19:00", "19:15", "Arrival and pizza", true],
    // The questions after a talk are the talk's: not a talk of their own in the archive.
    ["20:45-21:00 Q&amp;A", "20:45", "21:00", "Q&A", true],
    ["20:45-21:00 Questions and answers.", "20:45", "21:00", "Questions and answers.", true],
    ["20:45-21:00 שאלות ותשובות", "20:45", "21:00", "שאלות ותשובות", true],
    ["20:45-21:15 Q&A with the kernel maintainers", "20:45", "21:15", "Q&A with the kernel maintainers", false],
    ["20:00-20:15 break", "20:00", "20:15", "Break", true],
    ["20:00-20:15 Food and drinks", "20:00", "20:15", "Food and drinks", true],
    ["**19:15-20:00** Memory barriers", "19:15", "20:00", "Memory barriers", false],
    ["19:00-19:30 התכנסות ומינגלינג", "19:00", "19:30", "התכנסות ומינגלינג", true],
    ["20:15-20:30 הפסקה", "20:15", "20:30", "הפסקה", true],
    // כיבוד is refreshments, and respect too: a pause only when the slot says nothing else.
    ["20:30-21:00 כיבוד הרשאות בקרנל", "20:30", "21:00", "כיבוד הרשאות בקרנל", false],
    ["19:00-19:30 הרשמות ל-io_uring", "19:00", "19:30", "הרשמות ל-io_uring", false],
    ["20:30-21:15 ניהול זיכרון בליבה", "20:30", "21:15", "ניהול זיכרון בליבה", false],
    ["* 9:30-10:00 Morning talk", "09:30", "10:00", "Morning talk", false],
    // Networking is a kernel meetup's subject: a pause only when nothing else is said.
    [
      "20:25-21:25 Introduction Linux Kernel Networking (Lecture + Q&amp;A)",
      "20:25",
      "21:25",
      "Introduction Linux Kernel Networking",
      false,
    ],
    ["19:15-20:00 Userspace networking  ", "19:15", "20:00", "Userspace networking", false],
    ["19:00-19:15 Networking & pizza", "19:00", "19:15", "Networking & pizza", true],
    ["12:30-13:30 Lunch break", "12:30", "13:30", "Lunch break", true],
    ["21:00-21:30 Beer & pizza", "21:00", "21:30", "Beer & pizza", true],
    ["19:00-19:30 Light refreshments and networking", "19:00", "19:30", "Light refreshments and networking", true],
    ["19:00-19:30 ארוחת ערב והתכנסות", "19:00", "19:30", "ארוחת ערב והתכנסות", true],
    ["20:00-20:15 הפסקת קפה", "20:00", "20:15", "הפסקת קפה", true],
    ["20:45-21:00 שו״ת", "20:45", "21:00", "שו״ת", true],
    ["20:15-21:00 How we break KASLR", "20:15", "21:00", "How we break KASLR", false],
    // How a talk is given is no part of its title; what it is about is.
    ["20:15-21:15 Semtex.c(lecture + Q&amp;A)", "20:15", "21:15", "Semtex.c", false],
    ["19:15-20:00 Hacking the memory model: PaX (and Q&A)", "19:15", "20:00", "Hacking the memory model: PaX", false],
    ["19:15-20:00 Block devices in kernel. (Lecture + Q&A)", "19:15", "20:00", "Block devices in kernel", false],
    ["19:15-20:00 eBPF (הרצאה + שאלות ותשובות)", "19:15", "20:00", "eBPF", false],
    ["19:15-20:00 Scheduling (part 1)", "19:15", "20:00", "Scheduling (part 1)", false],
    ["19:15-20:00 (Lecture)", "19:15", "20:00", "(Lecture)", false],
    ["19:15-20:00 Tracing (lecture, Q&A)", "19:15", "20:00", "Tracing", false],
    ["19:15-20:00 Let's talk (and)", "19:15", "20:00", "Let's talk (and)", false],
    ["19:15-20:00 How to give a good (presentation)", "19:15", "20:00", "How to give a good (presentation)", false],
    // A pause word within a title makes no pause; one leading a list of what the slot holds does.
    ["19:30-20:15 Gathering metrics with perf", "19:30", "20:15", "Gathering metrics with perf", false],
    ["19:30-20:15 Welcome to eBPF", "19:30", "20:15", "Welcome to eBPF", false],
    ["20:15-21:00 When things break", "20:15", "21:00", "When things break", false],
    ["20:15-21:00 Break-ins through KASLR", "20:15", "21:00", "Break-ins through KASLR", false],
    ["19:00-19:15 Welcome and opening words", "19:00", "19:15", "Welcome and opening words", true],
    ["19:00-19:15 Welcome - doors open at 18:45", "19:00", "19:15", "Welcome - doors open at 18:45", true],
    ["20:00-20:15 Short coffee break", "20:00", "20:15", "Short coffee break", true],
    ["20:00-20:10 10 min break", "20:00", "20:10", "10 min break", true],
    ["20:00-20:15 A short break", "20:00", "20:15", "A short break", true],
    [
      "20:00-20:15 Coffee break (sponsored by Example Corp)",
      "20:00",
      "20:15",
      "Coffee break (sponsored by Example Corp)",
      true,
    ],
    ["18:30-19:00 Gathering (doors open 18:30)", "18:30", "19:00", "Gathering (doors open 18:30)", true],
    ["18:30-19:00 Doors open", "18:30", "19:00", "Doors open", true],
    ["19:00-19:10 Intro and welcome", "19:00", "19:10", "Intro and welcome", true],
    ["19:00-19:30 Time for pizza", "19:00", "19:30", "Time for pizza", true],
    ["19:00-19:30 Registration opens", "19:00", "19:30", "Registration opens", true],
    ["19:30-20:15 Networking 101", "19:30", "20:15", "Networking 101", false],
    ["19:30-20:15 Coffee Lake microcode", "19:30", "20:15", "Coffee Lake microcode", false],
    ["19:00-19:30 התכנסות וכיבוד קל", "19:00", "19:30", "התכנסות וכיבוד קל", true],
    ["19:00-19:30 פיצה ובירה", "19:00", "19:30", "פיצה ובירה", true],
    ["19:00-19:15 התכנסות ודברי פתיחה", "19:00", "19:15", "התכנסות ודברי פתיחה", true],
    ["20:00-20:10 הפסקה של 10 דקות", "20:00", "20:10", "הפסקה של 10 דקות", true],
    ["20:00-20:10 הפסקה (10 דקות)", "20:00", "20:10", "הפסקה (10 דקות)", true],
    ["20:00-20:10 10 דקות הפסקה", "20:00", "20:10", "10 דקות הפסקה", true],
    // A pause word that is a kernel word too leads or ends a list of pauses only.
    [
      "19:30-20:15 Registration and discovery of PCI devices",
      "19:30",
      "20:15",
      "Registration and discovery of PCI devices",
      false,
    ],
    ["19:30-20:15 Build, boot and break", "19:30", "20:15", "Build, boot and break", false],
    ["19:30-20:15 Scatter and gather", "19:30", "20:15", "Scatter and gather", false],
    ["19:30-20:15 Break: exploiting a use-after-free", "19:30", "20:15", "Break: exploiting a use-after-free", false],
    ["19:00-19:30 Registration and coffee", "19:00", "19:30", "Registration and coffee", true],
    ["19:00-19:30 Registration & check-in", "19:00", "19:30", "Registration & check-in", true],
    ["20:00-20:10 Break, 10'", "20:00", "20:10", "Break, 10'", true],
    ["20:15-20:30 Break until 20:30", "20:15", "20:30", "Break until 20:30", true],
    ["21:00-21:30 Beer o'clock", "21:00", "21:30", "Beer o'clock", true],
    ["19:30-20:15 Check-in latency of RCU callbacks", "19:30", "20:15", "Check-in latency of RCU callbacks", false],
    ["20:30-21:15 הפסקת פסיקות בקרנל", "20:30", "21:15", "הפסקת פסיקות בקרנל", false],
    ["12:30-13:30 ארוחת צהריים", "12:30", "13:30", "ארוחת צהריים", true],
    [
      "20:00-20:15 Coffee break – sponsored by Example Corp",
      "20:00",
      "20:15",
      "Coffee break – sponsored by Example Corp",
      true,
    ],
    ["20:00-20:15 Snack and drink", "20:00", "20:15", "Snack and drink", true],
    ["19:00-19:30 Check-in", "19:00", "19:30", "Check-in", true],
    ["19:00-19:30 קבלת פנים", "19:00", "19:30", "קבלת פנים", true],
    ["20:45-21:00 Q&A and closing", "20:45", "21:00", "Q&A and closing", true],
    ["20:45-21:00 Questions & answers", "20:45", "21:00", "Questions & answers", true],
    ["20:00-20:15 Break #2", "20:00", "20:15", "Break #2", true],
    ["20:00-20:10 Break 10m", "20:00", "20:10", "Break 10m", true],
    ["19:30-20:15 Networking 2.0", "19:30", "20:15", "Networking 2.0", false],
  ])("reads %j", (line, time, end, title, isBreak) => {
    expect(readLegacyBody(`Intro.\n\n${line}\n`).slots).toEqual([{ time, end, title, isBreak }]);
  });

  it("reads a slot line that runs on into a paragraph and keeps the paragraph", () => {
    const { slots, rest } = readLegacyBody(
      "19:15-20:00 userfaultfd\nMike will describe the userfaultfd mechanisms.\n\n20:00-20:15 break\n",
    );
    expect(slots.map((s) => s.title)).toEqual(["userfaultfd", "Break"]);
    expect(rest).toBe("Mike will describe the userfaultfd mechanisms.");
  });

  it("parts a title pasted with its abstract, which says the title again, and keeps the abstract whole", () => {
    const { slots, rest } = readLegacyBody(
      "Meetup schedule:  \n19:00-19:15 mingling  \n19:15-20:00 Persistent memory Persistent memory holds a lot of promise: what's\n" +
        "not to like about memory that remembers?\n\n* What it is\n",
    );
    expect(slots.map((s) => s.title)).toEqual(["Mingling", "Persistent memory"]);
    expect(rest).toBe(
      "Persistent memory holds a lot of promise: what's\nnot to like about memory that remembers?\n\n* What it is",
    );
  });

  it("keeps a title that says a word again when its line ends there", () => {
    const { slots, rest } = readLegacyBody("18:15-19:00 Go Go Gadget  \nA talk about gadgets.\n");
    expect(slots.map((s) => s.title)).toEqual(["Go Go Gadget"]);
    expect(rest).toBe("A talk about gadgets.");
  });

  it("keeps the abstract's Markdown, and reads the title alone for a pause", () => {
    const { slots, rest } = readLegacyBody(
      "19:15-20:00 Kernel lists Kernel lists and what `<list.h>` gives you when things break\nin **production**.\n",
    );
    expect(slots).toEqual([{ time: "19:15", end: "20:00", title: "Kernel lists", isBreak: false }]);
    expect(rest).toBe("Kernel lists and what `<list.h>` gives you when things break\nin **production**.");
  });

  it.each([
    "The schedule for this meetup is:  ",
    "So without further ado here is the schedule for the meetup:",
    "**Agenda:**",
    "לוח הזמנים:",
    "התוכנית:",
    "לו״ז הערב:",
  ])("takes out %j, which only leads into the schedule", (label) => {
    const { rest } = readLegacyBody(
      `Hello folks!  \n${label}\n19:00-19:15 Gathering  \n19:15-20:00 Talk\n\nAbout the talk.\n`,
    );
    expect(rest).toBe("Hello folks!  \n\nAbout the talk.");
  });

  it("keeps a sentence about the schedule that leads into something else", () => {
    const { rest } = readLegacyBody("The schedule may change: watch this page.\n\n19:00-19:15 Gathering\n");
    expect(rest).toBe("The schedule may change: watch this page.");
    // A line ending in ":" that leads into a code block, not into the schedule.
    const code = "I will show a tiny eBPF program:\n\n```c\nint x;\n```";
    expect(readLegacyBody(`19:00-19:15 Gathering\n\n${code}\n`).rest).toBe(code);
  });

  it("takes out a line leading into the schedule a blank line above it", () => {
    const { rest } = readLegacyBody("Hello.\n\nThe schedule for the evening:\n\n19:00-19:15 Gathering\n");
    expect(rest).toBe("Hello.");
  });

  it("reads consecutive lines ending in two spaces (Markdown line breaks)", () => {
    const { slots } = readLegacyBody(
      "Schedule:  \n19:00-19:15 Gathering  \n19:15-20:00 First talk  \n20:00-20:45 Second talk\n",
    );
    expect(slots.map((s) => `${s.time} ${s.title}`)).toEqual([
      "19:00 Gathering",
      "19:15 First talk",
      "20:00 Second talk",
    ]);
  });

  it("takes the schedule out of the body so that it isn't shown twice", () => {
    const { rest } = readLegacyBody(
      "About.\n\nSchedule:\n\n19:00-19:15 mingling\n\n19:15-20:00 Talk\n\nSpeaker bio.\n",
    );
    expect(rest).toBe("About.\n\nSpeaker bio.");
  });

  it("takes the first meetup.com event link as the RSVP and drops it from the body when it stands alone", () => {
    const { rsvp, rest } = readLegacyBody(
      "[meetup event](https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/events/232058698/)\n\nAbout. See https://www.meetup.com/Other/events/1/ too.\n",
    );
    expect(rsvp).toBe("https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/events/232058698/");
    expect(rest).toBe("About. See https://www.meetup.com/Other/events/1/ too.");
  });

  it("leaves a code block alone: log lines in it are code, not slots", () => {
    const body =
      "Intro.\n\n19:00-19:15 mingling\n\n```\n19:02-19:03 kernel: BUG: soft lockup\n\n19:03-19:04 kernel: watchdog\n```\n\n" +
      "~~~ text\n20:00-20:01 tail\n~~~\n\n    20:05-20:06 indented log\n\n19:15-20:00 Talk\n";
    const { slots, rest } = readLegacyBody(body);
    expect(slots.map((s) => s.title)).toEqual(["Mingling", "Talk"]);
    expect(rest).toBe(
      "Intro.\n\n```\n19:02-19:03 kernel: BUG: soft lockup\n\n19:03-19:04 kernel: watchdog\n```\n\n" +
        "~~~ text\n20:00-20:01 tail\n~~~\n\n    20:05-20:06 indented log",
    );
    const m = meetupOrThrow(post("2016-07-12 16-00-00 +0300", body));
    expect(m.schedule.map((s) => s.title)).toEqual(["Mingling", "Talk"]);
    expect(m.bodyHtml).toContain(
      '<pre tabindex="0"><code>19:02-19:03 kernel: BUG: soft lockup\n\n19:03-19:04 kernel: watchdog\n</code></pre>',
    );
  });

  it("keeps Markdown line breaks (two spaces at a line's end) as kramdown did", () => {
    const body =
      "About the speaker: Shmulik  \n[Follow us](https://example.com/)  \nSee you!\n\n19:00-19:15 mingling\n";
    expect(readLegacyBody(body).rest).toBe(
      "About the speaker: Shmulik  \n[Follow us](https://example.com/)  \nSee you!",
    );
    expect(meetupOrThrow(post("2016-07-12", body)).bodyHtml).toBe(
      '<p dir="auto">About the speaker: Shmulik<br>\n<a href="https://example.com/">Follow us</a><br>\nSee you!</p>',
    );
  });

  it("ignores times that are not a slot", () => {
    expect(readLegacyBody("We start at 19:00 sharp.\n\nDoors 18:30.\n").slots).toEqual([]);
  });
});

describe("old addresses, exactly as Jekyll made them", () => {
  // File name -> the old site's address (categories: meetups), as Jekyll wrote them to _site/.
  it.each([
    [
      "2016-07-12-breaking-the-wall---handling-things-in-userspace",
      "/meetups/2016/07/12/breaking-the-wall-handling-things-in-userspace.html",
    ],
    ["2016-05-29-history-of-vlan-technology-", "/meetups/2016/05/29/history-of-vlan-technology.html"],
    [
      "2016-03-13-modern-linux-tracing--windows-internals-for-linux-kernel-developers",
      "/meetups/2016/03/13/modern-linux-tracing-windows-internals-for-linux-kernel-developers.html",
    ],
    [
      "2016-02-01-advanced-cgruops-and-namespaces--networking-101",
      "/meetups/2016/02/01/advanced-cgruops-and-namespaces-networking-101.html",
    ],
    ["2017-03-05-The_Kernel.Memory-Model", "/meetups/2017/03/05/The_Kernel.Memory-Model.html"],
    ["2017-04-02-eBPF & XDP, again!", "/meetups/2017/04/02/eBPF-&-XDP,-again!.html"],
    ["2018-01-09-ליבת-לינוקס--בעברית", "/meetups/2018/01/09/ליבת-לינוקס-בעברית.html"],
    ["2018-02-06--leading-hyphen", "/meetups/2018/02/06/leading-hyphen.html"],
  ])("%s is at %s", (slug, address) => {
    expect(jekyllPermalink(slug, ["meetups"], slug.slice(0, 10))).toBe(address);
  });

  it("has no address for a file not named by its date, which Jekyll didn't publish as a post", () => {
    expect(jekyllPermalink("breaking-the-wall", ["meetups"], "2016-07-12")).toBeUndefined();
  });

  it("follows the old site's permalink style, as its _config.yml set it", () => {
    expect(jekyllPermalink("2016-07-12-wall", ["meetups"], "2016-07-12", "pretty")).toBe("/meetups/2016/07/12/wall/");
    expect(jekyllPermalink("2016-07-12-wall", ["meetups"], "2016-07-12", "none")).toBe("/meetups/wall.html");
    expect(jekyllPermalink("2016-07-12-Wall", [], "2016-07-12", "/:year/:i_month/:slug/")).toBe("/2016/7/wall/");
    const m = meetupOrThrow(post("2016-07-12", "Words.\n"), "meetups/2016-07-12-wall.md", {
      jekyllPermalink: "pretty",
    });
    expect(m.redirects).toEqual(["/meetups/2016/07/12/wall/"]);
  });

  it("puts every category in, lower case and each once, and none when there is none", () => {
    expect(jekyllPermalink("2016-07-12-wall", ["Meetups", "Kernel", "meetups"], "2016-07-12")).toBe(
      "/meetups/kernel/2016/07/12/wall.html",
    );
    expect(jekyllPermalink("2016-07-12-wall", [], "2016-07-12")).toBe("/2016/07/12/wall.html");
  });

  // Cases like those of Jekyll's own tests of Utils.slugify.
  it.each([
    ["The _config.yml file?", "pretty", true, "The-_config.yml-file"],
    ["The _config.yml file?", "pretty", false, "the-_config.yml-file"],
    ["The _config.yml file?", "default", false, "the-config-yml-file"],
    ["Customizing Git - Git Hooks", "pretty", true, "Customizing-Git-Git-Hooks"],
    ["Customizing Git - Git Hooks", "default", false, "customizing-git-git-hooks"],
    ["  Working with drafts   ", "pretty", true, "Working-with-drafts"],
    ["So what is Jekyll, exactly?", "pretty", true, "So-what-is-Jekyll,-exactly"],
    ["So what is Jekyll, exactly?", "default", false, "so-what-is-jekyll-exactly"],
    ["Pre-releases", "pretty", true, "Pre-releases"],
    [" Q*bert says _@!#?@!", "pretty", true, "Q-bert-says-_@!-@!"],
    ["fürtive glance!!!!", "pretty", false, "fürtive-glance!!!!"],
    ["كيف حالك؟", "default", false, "كيف-حالك"],
    ["5時〜6時 三・一四", "pretty", true, "5時-6時-三-一四"],
    ["Ünïcödé ÆØÅ", "pretty", true, "Ünïcödé-ÆØÅ"],
  ] as const)("slugifies %j in %s mode (cased: %s) as %j", (text, mode, cased, slug) => {
    expect(jekyllSlugify(text, { mode, cased })).toBe(slug);
  });

  it("dates a post without date: by its file name, as Jekyll did", () => {
    const m = meetupOrThrow(
      "---\nlayout: post\ntitle: T\n---\n19:00-19:15 mingling\n",
      "meetups/2017-08-08-no-date.md",
    );
    expect(m.start).toBe("2017-08-08T19:00:00+03:00");
    expect(m.redirects).toEqual(["/2017/08/08/no-date.html"]);
    // A meetup of this site still writes its date.
    const { problems } = readMeetup("---\ntitle: T\n---\nBody.\n", "meetups/2017-08-08-no-date.md");
    expect(problems.map((p) => p.field)).toEqual(["date"]);
  });

  it("puts categories: before category: in the address, as Jekyll did", () => {
    const m = meetupOrThrow(
      post("2019-03-12", "Words.\n", "categories: kernel\ncategory: events"),
      "meetups/2019-03-12-x.md",
    );
    expect(m.redirects).toEqual(["/kernel/events/2019/03/12/x.html"]);
  });

  it("dates an address in the site's zone, as Jekyll read the date", () => {
    const at = (date: string, extra = "categories: meetups") =>
      meetupOrThrow(post(date, "Just words.\n", extra), "meetups/2016-07-12-late-night.md").redirects;
    // Half past eleven in New York is the next morning in Israel, the site's zone.
    expect(at("2016-07-12 23:30:00 -0500")).toEqual(["/meetups/2016/07/13/late-night.html"]);
    expect(at("2016-07-12T23:30:00-04:00", "categories: meetups\ntimezone: America/New_York")).toEqual([
      "/meetups/2016/07/13/late-night.html",
    ]);
    // A time without an offset is the site's own; a hyphenated clock Jekyll couldn't read left the day as written.
    expect(at("2016-07-12 23:30")).toEqual(["/meetups/2016/07/12/late-night.html"]);
    expect(at("2016-07-12 23-30-00 -0500")).toEqual(["/meetups/2016/07/12/late-night.html"]);
  });

  it("leads the seed post's real old address to its page", () => {
    const m = meetupOrThrow(
      post("2016-07-12 16-00-00 +0300", "19:00-19:15 mingling\n"),
      "meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace.markdown",
    );
    expect(m.redirects).toEqual(["/meetups/2016/07/12/breaking-the-wall-handling-things-in-userspace.html"]);
  });
});

describe("the old post whose title ends in a lone CR", () => {
  const file = "test/fixtures/site/meetups/legacy/2015-06-16-linux-kernel-namespaces-and-cgroups-subsytems.markdown";
  const title = "Linux kernel namespaces and cgroups subsytems by Rami Rosen";
  const { meetups, speakers, problems } = loadFixtureSite();
  const catalog = createCatalog(meetups, speakers, { publish: true });
  const m = catalog.getMeetup("2015-06-16-linux-kernel-namespaces-and-cgroups-subsytems")!;

  it("is kept byte for byte in the fixture, the CR right before the closing quote", () => {
    expect(fs.readFileSync(path.join(root, file), "latin1")).toContain(`title:  "${title}\r"\n`);
  });

  it("builds, with its title trimmed, its old address, its code block and its line break", () => {
    expect(problems).toEqual([]);
    expect(m.title).toBe(title);
    expect(m.redirects).toEqual(["/meetups/2015/06/16/linux-kernel-namespaces-and-cgroups-subsytems.html"]);
    expect(m.schedule).toEqual([]);
    expect(m.hasTime).toBe(false);
    expect(m.bodyHtml).toContain(
      '<pre tabindex="0"><code>10:41-10:42 kernel: cgroup: fork rejected by pids controller',
    );
    expect(m.bodyHtml).toContain(`Linux Kernel Networking".<br>\n<a href=`);
  });

  it("shows the title without the CR in its calendar file and in every feed", () => {
    const cal = new ICAL.Component(ICAL.parse(buildCalendar([m], catalog.meetupSpeakers, m.title)));
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe(title);
    const event = new ICAL.Event(cal.getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe(title);
    expect(event.startDate.toString()).toBe("2015-06-16");
    const updated = new Date("2026-11-25T00:00:00Z");
    expect(parseRssFeed(writeFeed("rss", [m], () => [], updated)).items![0]!.title).toBe(title);
    const entry = parseAtomFeed(writeFeed("atom", [m], () => [], updated)).entries![0]!;
    expect(typeof entry.title === "object" ? entry.title.value : entry.title).toBe(title);
    expect(parseJsonFeed(JSON.parse(writeFeed("json", [m], () => [], updated))).items![0]!.title).toBe(title);
  });
});

describe("a legacy schedule line without a title", () => {
  it("is refused, naming the line, rather than made a nameless talk", () => {
    const { meetup, problems } = readMeetup(post("2016-07-12", "19:00-19:15 Mingling\n\n19:15-20:00\n"));
    expect(meetup).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'body, schedule line "19:15-20:00"',
        message: expect.stringContaining("after its times"),
      }),
    ]);
  });
});

describe("what Jekyll's themes read in a post's front matter", () => {
  const themed = [
    "categories: meetups",
    'slug: "Breaking the Wall"',
    "tag: userspace",
    'description: "How to handle things in userspace."',
    "author: Jane Organizer",
    "comments: true",
    "image: { path: /img/wall.png, width: 1200 }",
    "last_modified_at: 2016-08-01",
    "sitemap: false",
  ].join("\n");

  it("is taken as the old site took it: its slug in the old address, its tag a topic, its description the summary", () => {
    const m = meetupOrThrow(post("2016-07-12", "Words.\n", themed), "meetups/2016-07-12-wall.md");
    expect(m.redirects).toEqual(["/meetups/2016/07/12/Breaking-the-Wall.html"]);
    expect(m.topics).toEqual(["userspace"]);
    expect(m.summary).toBe("How to handle things in userspace.");
  });

  it("is refused in a meetup of this site's own, where a description is a misspelt summary", () => {
    const own = '---\ntitle: "Own"\ndate: 2026-12-08T19:00\ndescription: "A summary by another name."\n---\nWords.\n';
    const { meetup, problems } = readMeetup(own);
    expect(meetup).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        field: "description",
        message: 'unknown field "description": did you mean "summary"?',
      }),
    ]);
  });
});

describe("a legacy schedule line with a control character", () => {
  it("is refused, naming the line and the character, as anywhere else in the body", () => {
    const { meetup, problems } = readMeetup(
      post("2016-07-12", "19:00-19:15 Mingling\n\n19:15-20:00 Talk\u001b[31m red\n"),
    );
    expect(meetup).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'body, schedule line "19:15-20:00 Talk\u001b[31m red"',
        message: "expected a title without control characters, got the control character U+001B at character 17",
      }),
    ]);
    expect(formatProblem(problems[0]!)).not.toContain("\u001b");
  });
});

describe("Jekyll's Liquid in a post's body", () => {
  it("reads a highlight block as a code block and the site's address as the site's root", () => {
    const body =
      "Slides: [pdf]({{ site.baseurl }}/slides/a.pdf)\n\n{% highlight c %}\nint main(void);\n{% endhighlight %}\n";
    const m = meetupOrThrow(post("2016-07-12", body));
    expect(m.bodyHtml).toContain('<a href="/slides/a.pdf">pdf</a>');
    expect(m.bodyHtml).toMatch(/<pre[^>]*><code class="language-c">int main\(void\);\n<\/code><\/pre>/);
  });

  it("refuses any other tag, naming its line, rather than publishing it as text", () => {
    const { meetup, problems } = readMeetup(
      post("2016-07-12", "Hello.\n\n{% include speakers.html %} and {{ page.title }}\n"),
    );
    expect(meetup).toBeUndefined();
    expect(problems.map((p) => [p.field, p.message.replace(/, which.*/, "")])).toEqual([
      ["body", `line 9: expected Markdown, got Jekyll's "{% include speakers.html %}"`],
      ["body", `line 9: expected Markdown, got Jekyll's "{{ page.title }}"`],
    ]);
  });

  it("leaves out kramdown's attributes, settings, table of contents and comments, as the old page did", () => {
    const body = [
      '{::options parse_block_html="true" /}',
      "* TOC",
      "{:toc}",
      "",
      "## Agenda {#the-agenda}",
      "",
      "| Time | Talk |",
      "| --- | --- |",
      "| 19:30 | eBPF |",
      "{: .table .table-striped}",
      "",
      "A note{::comment}for organizers only{:/comment} for all.",
      "![Logo](https://example.com/logo.png){: .center-image}",
      "",
      "{::comment}",
      "Don't publish the speaker's phone number.",
      "{:/comment}",
      "```ruby",
      "options = {:key => 1}",
      "```",
      "{% highlight elixir %}",
      "{:ok, pid} = start()",
      "{% endhighlight %}",
      "Ruby writes `{:a => 1}` for a hash.",
      "{% include gone.html %}",
    ].join("\n");
    const { problems } = readMeetup(post("2016-07-12", body));
    // Lines keep their numbers: the Liquid tag is still on the post's line 31.
    expect(problems.map((p) => p.message.replace(/, which.*/, ""))).toEqual([
      `line 31: expected Markdown, got Jekyll's "{% include gone.html %}"`,
    ]);
    const m = meetupOrThrow(post("2016-07-12", body.replace("{% include gone.html %}", "")));
    const text = htmlText(m.bodyHtml);
    expect(text.replace(/options = \{:key => 1\}|\{:ok, pid\}|\{:a => 1\}/g, "")).not.toMatch(
      /\{:|\{#|\{::|TOC|organizers only|phone number/,
    );
    expect(m.bodyHtml).toMatch(/<h2[^>]*>Agenda<\/h2>/);
    expect(m.bodyHtml.match(/<tr>/g)).toHaveLength(2);
    expect(text).toContain("A note for all.");
    expect(m.bodyHtml).toContain("options = {:key => 1}");
    expect(m.bodyHtml).toContain("{:ok, pid} = start()");
    expect(m.bodyHtml).toContain("<code>{:a => 1}</code>");
    expect(m.summary).not.toContain("options");
  });

  it("keeps a post known by its date's form a Jekyll post when fields of this site are added, until it has a schedule", () => {
    const front = "title: T\ndate: 2016-07-12 19:00\nsummary: One sentence.\nend: 2016-07-12T21:00";
    expect(meetupOrThrow(`---\n${front}\n---\nBody.\n`, "meetups/2016-07-12-x.md").redirects).toEqual([
      "/2016/07/12/x.html",
    ]);
  });

  it("knows a post whose layout the old site set for all posts, by its tags or its date in Jekyll's form", () => {
    const body = "{% highlight c %}\nint main(void);\n{% endhighlight %}\n";
    for (const front of ["date: 2017-08-08 19:00:00 +0300", "date: 2017-08-08\ntags: [scheduler]"]) {
      const m = meetupOrThrow(`---\ntitle: Tags only\n${front}\n---\n${body}`, "meetups/2017-08-08-tags-only.md");
      expect(m.redirects).toEqual(["/2017/08/08/tags-only.html"]);
      expect(m.bodyHtml).toMatch(/<code class="language-c">int main/);
    }
  });

  it("prints a raw block's text as it is, as Liquid did, and still reads the tags around it", () => {
    const body =
      "Helm writes {% raw %}`{{ .Values.image }}`{% endraw %}.\n\n{%- raw -%}\n```\n{{ .Chart.Name }}\n```\n{% endraw %}\n{{ page.title }}\n";
    const { problems } = readMeetup(post("2016-07-12", body));
    expect(problems.map((p) => p.message.replace(/, which.*/, ""))).toEqual([
      `line 14: expected Markdown, got Jekyll's "{{ page.title }}"`,
    ]);
    const m = meetupOrThrow(post("2016-07-12", body.replace("{{ page.title }}", "")));
    expect(m.bodyHtml).toContain("<code>{{ .Values.image }}</code>");
    expect(m.bodyHtml).toContain("{{ .Chart.Name }}\n</code></pre>");
  });

  it("is only Jekyll's in a Jekyll post: a meetup written for this site may show braces", () => {
    const m = meetupOrThrow("---\ntitle: Templates\ndate: 2026-12-08\n---\nGo writes `{{ .Name }}`.\n");
    expect(m.bodyHtml).toContain("<code>{{ .Name }}</code>");
  });
});
