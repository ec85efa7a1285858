import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatClock } from "@/lib/site/time";
import { htmlText } from "@/lib/site/text";
import { root } from "./helpers";

// The group's own 20 posts, byte for byte as its old Jekyll site has them (test/fixtures/kerneltlv-jekyll/NOTICE.md).
const posts = loadContent(path.join(root, "test/fixtures/kerneltlv-jekyll/content"), { timeZone: "Asia/Jerusalem" });
const bySlug = (prefix: string) => posts.meetups.find((m) => m.slug.startsWith(prefix))!;

describe("the group's own Jekyll posts", () => {
  it("all pass the check", () => {
    expect(posts.problems).toEqual([]);
    expect(posts.meetups).toHaveLength(20);
  });

  it("keep the addresses Jekyll gave them, as the old site's _site folder has its pages", () => {
    expect(posts.meetups.flatMap((m) => m.redirects).sort()).toEqual([
      "/meetups/2015/08/25/our-very-first-meetup.html",
      "/meetups/2015/09/21/meetup-2.html",
      "/meetups/2015/11/08/kernel-canaries-and-init-process.html",
      "/meetups/2015/11/29/linux-kernel-namespaces-and-cgroups-subsytems-by-rami-rosen.html",
      "/meetups/2016/01/12/locking-mechanisms-and-high-performance-storage-devices.html",
      "/meetups/2016/02/01/advanced-cgruops-and-namespaces-networking-101.html",
      "/meetups/2016/02/28/rcu-and-berkeley-packet-filter-lectures.html",
      "/meetups/2016/03/13/modern-linux-tracing-windows-internals-for-linux-kernel-developers.html",
      "/meetups/2016/04/03/network-device-abstraction-in-the-linux-kernel.html",
      "/meetups/2016/05/08/hacking-the-memory-model-pax-and-ashmem.html",
      "/meetups/2016/05/29/history-of-vlan-technology.html",
      "/meetups/2016/06/05/persistent-memory-in-linux.html",
      "/meetups/2016/07/12/breaking-the-wall-handling-things-in-userspace.html",
      "/meetups/2016/08/21/life-in-the-fast-lane-hooking-into-the-data-path.html",
      "/meetups/2016/09/04/delving-deep-preemption-scheduling-and-network-drivers.html",
      "/meetups/2016/10/25/whispering-on-the-wire-networking-stories.html",
      "/meetups/2016/11/27/linux-at-scale-connectivity-hacks.html",
      "/meetups/2016/12/20/an-overview-of-the-dirtyc0w-vulnerability.html",
      "/meetups/2017/02/14/advanced-io-techniques-in-linux.html",
      "/meetups/2017/03/15/the-hidden-world-of-crypto.html",
    ]);
  });

  it("start when their schedules say, in Israel time, not at the clock of their dates (16-00-00 +0300)", () => {
    const starts = new Set(posts.meetups.filter((m) => m.hasTime).map((m) => formatClock(m.start, "Asia/Jerusalem")));
    expect(starts).toEqual(new Set(["19:00", "18:00"]));
    expect(formatClock(bySlug("2015-09-21").start, "Asia/Jerusalem")).toBe("18:00");
    // The VLAN evening's post has no schedule: its day is shown without a time.
    expect(bySlug("2016-05-29").hasTime).toBe(false);
  });

  it("list as talks only the talks: not the mingling, the breaks or the questions after a talk", () => {
    const slots = posts.meetups.flatMap((m) => m.schedule);
    expect(new Set(slots.filter((s) => s.kind === "break").map((s) => s.title))).toEqual(
      new Set([
        "Mingling, getting to know our community",
        "Mingle Mingle Mingle",
        "Mingling",
        "Mingling time",
        "Break",
        "Gathering",
        "Arrival",
        "Q&A",
      ]),
    );
    const talks = slots.filter((s) => s.kind === "talk").map((s) => s.title);
    expect(talks).toContain("Introduction Linux Kernel Networking");
    // How each talk was given ("(lecture + Q&A)") was said in 13 of them: no title keeps it.
    expect(talks.filter((title) => /lecture|Q&A\)/i.test(title))).toEqual([]);
    expect(talks).toContain("Userspace networking");
    expect(talks).not.toContain("Q&A");
  });

  it("part a talk's title from the abstract pasted after it, and keep the abstract's first sentence whole", () => {
    const meetup = bySlug("2016-06-05");
    expect(meetup.schedule.map((s) => s.title)).toEqual(["Mingling", "Persistent memory"]);
    expect(htmlText(meetup.bodyHtml)).toContain("Persistent memory holds a lot of promise: what's not to like about");
  });

  it("leave no line that only led into the schedule, which the page shows on its own", () => {
    const paragraphs = posts.meetups.flatMap((m) => m.bodyHtml.match(/<p[ >][\s\S]*?<\/p>/g) ?? []).map(htmlText);
    expect(paragraphs.filter((p) => /schedule/i.test(p) && /:\s*$/.test(p))).toEqual([]);
    expect(paragraphs.length).toBeGreaterThan(60);
  });
});
