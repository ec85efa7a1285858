// @vitest-environment happy-dom
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Window } from "happy-dom";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browserModule, SCRIPT_BUDGET_GZIPPED } from "@/lib/browser/bundle";

let loads = 0;
/**
 * Runs the module as pages carry it: the bundled, minified bytes, as an ES
 * module. Vitest leaves data: URLs to Node's own loader, untransformed.
 */
async function runLiveModule(): Promise<void> {
  // A comment that changes per load: a data: URL is imported, and run, once per address.
  const code = `${browserModule("live").code}\n//${loads++}`;
  await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

const parser = new Window();
afterAll(() => parser.happyDOM.close());

/** Shows the body of a page of the fixture site's export. */
function showPage(name: string): void {
  const html = fs.readFileSync(path.join("test/fixtures/export", name), "utf8");
  // Parsed in a window of its own, at about:blank, which doesn't try to load the stylesheet.
  const page = new parser.DOMParser().parseFromString(html, "text/html");
  document.body.innerHTML = page.body.innerHTML;
  // <html> carries the language and the words live time writes (data-live-text).
  for (const { name, value } of Array.from(page.documentElement.attributes)) {
    document.documentElement.setAttribute(name, value ?? "");
  }
}

/** What a reader sees of an element: its text, without what is hidden. */
function seen(el: Element | null): string {
  if (!el) throw new Error("no such element");
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
    if (node.nodeType !== Node.ELEMENT_NODE || (node as HTMLElement).hidden) return "";
    if ((node as Element).tagName === "SCRIPT") return "";
    return Array.from(node.childNodes, walk).join("");
  };
  return walk(el).replace(/\s+/g, " ").trim();
}

const at = (iso: string) => new Date(iso).getTime();
const MINUTE = 60_000;

let zone: string | undefined;
beforeEach(() => {
  zone = process.env.TZ;
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  // Node follows a change of TZ at once; put back the zone of the test project (vitest.config.ts).
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("the live-time module, bundled", () => {
  it("is one small self-contained file, named for its content", () => {
    const { fileName, code } = browserModule("live");
    expect(fileName).toMatch(/^live\.[0-9a-f]{8}\.js$/);
    expect(code).not.toMatch(/^\s*import\b/m);
    expect(code).not.toContain("sourceMappingURL");
    expect(gzipSync(code).length).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIPPED);
    expect(browserModule("live")).toBe(browserModule("live"));
  });

  it("takes a meetup page from upcoming to live to past as the clock moves", async () => {
    // The fixture meetup: 10 March 2099, 19:00-21:15 in Tel Aviv (+02:00), seen from Tel Aviv.
    vi.useFakeTimers({ now: at("2099-03-09T12:00:00+02:00") });
    process.env.TZ = "Asia/Jerusalem";
    showPage("meetup.html");
    const header = document.querySelector<HTMLElement>("header[data-live]");
    const status = () => seen(header!.querySelector("p"));
    await runLiveModule();
    expect(header!.dataset.phase).toBe("upcoming");
    expect(status()).toBe("Upcoming meetup · tomorrow at 19:00");
    expect(seen(header)).toContain("RSVP on Meetup.com");

    vi.setSystemTime(at("2099-03-10T18:59:00+02:00"));
    vi.advanceTimersByTime(30_000);
    expect(status()).toBe("Upcoming meetup · today at 19:00");

    vi.advanceTimersByTime(30 * MINUTE);
    expect(header!.dataset.phase).toBe("live");
    expect(status()).toBe("Happening now");

    vi.setSystemTime(at("2099-03-10T21:14:45+02:00"));
    vi.advanceTimersByTime(30_000);
    expect(header!.dataset.phase).toBe("past");
    expect(status()).toBe("Past meetup");
    expect(seen(header)).not.toContain("RSVP on Meetup.com");
    expect(seen(header)).toContain("The event on Meetup.com");
  });

  it("gives the hours in the visitor's own zone when their clocks differ", async () => {
    vi.useFakeTimers({ now: at("2099-03-01T12:00:00Z") });
    showPage("meetup.html");
    const local = document.querySelector("header[data-live] [data-local]");
    process.env.TZ = "America/New_York";
    await runLiveModule();
    // New York is on summer time by 10 March 2099; Tel Aviv is not yet.
    expect(seen(local)).toBe("13:00–15:15 your time");
    process.env.TZ = "Asia/Tokyo";
    vi.advanceTimersByTime(30_000);
    expect(seen(local)).toBe("Wed 02:00–04:15 your time");
    process.env.TZ = "Asia/Jerusalem";
    vi.advanceTimersByTime(30_000);
    expect(seen(local)).toBe("");
  });

  it("says today and tomorrow by the visitor's own calendar", async () => {
    // 23:30 on Monday in London: already Tuesday, the meetup's day, in Tel Aviv.
    vi.useFakeTimers({ now: at("2099-03-09T23:30:00Z") });
    process.env.TZ = "Europe/London";
    showPage("meetup.html");
    const header = document.querySelector<HTMLElement>("header[data-live]")!;
    await runLiveModule();
    expect(seen(header.querySelector("p"))).toBe("Upcoming meetup · tomorrow");
    expect(seen(header.querySelector("[data-local]"))).toBe("17:00–19:15 your time");
  });

  it("moves the home page on: the next meetup leads, and one that has ended joins the recent ones", async () => {
    vi.useFakeTimers({ now: at("2099-02-10T12:00:00+02:00") });
    showPage("home.html");
    const home = document.querySelector<HTMLElement>("[data-home]")!;
    const shown = (group: string) =>
      Array.from(home.querySelectorAll<HTMLElement>(`[data-home-item^="${group} "]`))
        .filter((item) => !item.hidden)
        .map((item) => item.dataset.homeItem!.split(" ")[1]);
    const section = (id: string) => !home.querySelector<HTMLElement>(`[data-home-section="${id}"]`)!.hidden;
    const lead = () => seen(home.querySelector("[data-home-item^='lead ']:not([hidden]) p"));
    const later = [
      "2099-04-07-io-uring-deep-dive",
      "2099-05-19-scheduler-online",
      "2099-07-14-summer-scheduling",
      "2099-10-20-berlin-guest-night",
    ];
    const recent = [
      "2018-05-01-no-schedule-yet",
      "2017-01-10-tracing-in-winter",
      "2016-07-12-breaking-the-wall---handling-things-in-userspace",
    ];
    await runLiveModule();
    // The cancelled and the postponed evenings come first, but never lead nor count as coming: listed apart, marked.
    expect(shown("lead")).toEqual(["2099-03-10-ebpf-everywhere"]);
    expect(lead()).toBe("Next meetup · in 4 weeks");
    expect(shown("later")).toEqual(later);
    expect(shown("off")).toEqual(["2099-02-17-strike-night", "2099-02-24-filesystems-evening"]);
    expect(seen(home.querySelector("[data-home-section='off']"))).toMatch(
      /^Cancelled or postponed.*Kernel Hacking Night Cancelled.*Filesystems Evening Postponed/,
    );
    expect(shown("recent")).toEqual(recent);

    // The hour the cancelled evening would have been: still not the lead, and not happening.
    vi.setSystemTime(at("2099-02-17T19:30:00+02:00"));
    vi.advanceTimersByTime(30_000);
    expect(shown("lead")).toEqual(["2099-03-10-ebpf-everywhere"]);
    expect(seen(home)).not.toContain("Happening now");

    // Once their dates have passed, they leave the page, and never join the recent meetups.
    vi.setSystemTime(at("2099-03-01T12:00:00+02:00"));
    vi.advanceTimersByTime(30_000);
    expect(shown("lead")).toEqual(["2099-03-10-ebpf-everywhere"]);
    expect(lead()).toBe("Next meetup · in 9 days");
    expect(shown("later")).toEqual(later);
    expect(section("off")).toBe(false);
    expect(shown("recent")).toEqual(recent);

    vi.setSystemTime(at("2099-03-10T19:30:00+02:00"));
    vi.advanceTimersByTime(30_000);
    expect(shown("lead")).toEqual(["2099-03-10-ebpf-everywhere"]);
    expect(lead()).toBe("Happening now");

    // The rescheduled meetup leads at its new date.
    vi.setSystemTime(at("2099-03-11T09:00:00+02:00"));
    vi.advanceTimersByTime(30_000);
    expect(shown("lead")).toEqual(["2099-04-07-io-uring-deep-dive"]);
    expect(lead()).toBe("Next meetup · in 6 weeks");
    expect(shown("later")).toEqual(later.slice(1));
    expect(shown("recent")).toEqual(["2099-03-10-ebpf-everywhere", ...recent.slice(0, 2)]);

    vi.setSystemTime(at("2100-01-01T12:00:00+02:00"));
    vi.advanceTimersByTime(30_000);
    expect(shown("lead")).toEqual([]);
    expect(section("empty")).toBe(true);
    expect(section("later")).toBe(false);
    expect(shown("recent")).toEqual([
      "2099-10-20-berlin-guest-night",
      "2099-07-14-summer-scheduling",
      "2099-05-19-scheduler-online",
    ]);
  });

  it("never calls a cancelled meetup upcoming, happening now or past, whatever the hour", async () => {
    // Kernel Hacking Night would have been 17 February 2099, 19:00-21:00 in Tel Aviv.
    vi.useFakeTimers({ now: at("2099-02-14T12:00:00+02:00") });
    showPage("cancelled.html");
    const header = document.querySelector<HTMLElement>("header[data-live]")!;
    await runLiveModule();
    for (const moment of ["2099-02-14T12:00:00+02:00", "2099-02-17T19:30:00+02:00", "2099-02-18T12:00:00+02:00"]) {
      vi.setSystemTime(at(moment));
      vi.advanceTimersByTime(30_000);
      expect(header.dataset.phase).toBe("off");
      expect(seen(header)).toMatch(/^Cancelled\s*A general strike closes the city that day/);
      expect(seen(header)).not.toMatch(/upcoming|happening|past meetup|in 3 days|today/i);
      expect(seen(header)).not.toContain("RSVP on Meetup.com");
      expect(seen(header)).toContain("The event on Meetup.com");
    }
  });

  it("sets the page right again when a hidden tab comes back", async () => {
    vi.useFakeTimers({ now: at("2099-03-10T18:00:00+02:00") });
    showPage("meetup.html");
    const header = document.querySelector<HTMLElement>("header[data-live]")!;
    await runLiveModule();
    expect(header.dataset.phase).toBe("upcoming");
    // Background tabs' timers may not fire for minutes: no timer runs here.
    vi.setSystemTime(at("2099-03-10T19:05:00+02:00"));
    document.dispatchEvent(new Event("visibilitychange"));
    expect(header.dataset.phase).toBe("live");
  });
});
