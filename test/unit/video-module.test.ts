// @vitest-environment happy-dom
// The player is a real iframe, but happy-dom is to go nowhere: no page to fetch, nothing to report on the console.
// @vitest-environment-options {"settings": {"enableIframePageLoading": true, "navigation": {"disableChildFrameNavigation": true}}}
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { VideoFacade } from "@/components/VideoFacade";
import { browserModule, SCRIPT_BUDGET_GZIPPED } from "@/lib/browser/bundle";
import { loadHebrewSite } from "./helpers";
import type { Slot } from "@/lib/content/schema";

// The recording player facade (components/VideoFacade.tsx with
// lib/browser/video.ts): nothing from the video's service until the visitor
// presses play, then its privacy-enhanced player. The markup is the
// component's own, rendered as the build renders it; the module is the
// bundled, minified file that pages load.

let loads = 0;
async function runVideoModule(): Promise<void> {
  // A comment that changes per load: a data: URL is imported, and run, once per address.
  const code = `${browserModule("video").code}\n//${loads++}`;
  await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

const { meetups } = loadHebrewSite();
const evening = meetups.find((m) => m.slug === "2025-01-15-ebpf-בפרודקשן")!;
const [youtube, vimeo, peertube] = evening.schedule.filter((s) => s.recording);

function showFacades(...slots: Slot[]): HTMLElement[] {
  document.body.innerHTML = slots
    .map((slot) => renderToStaticMarkup(createElement(VideoFacade, { slot, meetup: evening })))
    .join("");
  return Array.from(document.querySelectorAll<HTMLElement>("[data-video]"));
}

/** Every address the document would load or lead to, besides plain links. */
function loaded(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>("iframe, img, script, video, source, link")).map(
    (el) => el.getAttribute("src") ?? el.getAttribute("href") ?? "",
  );
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the video module, bundled", () => {
  it("is one small self-contained file, named for its content, well within the page budget", () => {
    const { fileName, code } = browserModule("video");
    expect(fileName).toMatch(/^video\.[0-9a-f]{8}\.js$/);
    expect(code).not.toMatch(/^\s*import\b/m);
    expect(gzipSync(code).length).toBeLessThan(1024);
    expect(gzipSync(code).length + gzipSync(browserModule("live").code).length).toBeLessThanOrEqual(
      SCRIPT_BUDGET_GZIPPED,
    );
  });
});

describe("a recording's player facade", () => {
  it("without the module is a poster that leads to the video's own page and loads nothing", () => {
    const [box] = showFacades(youtube!);
    const poster = box!.querySelector("a")!;
    expect(poster.getAttribute("href")).toBe("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=42s");
    // The plain link beside it (TalkMaterial) is the one for the keyboard and screen readers.
    expect(poster.getAttribute("aria-hidden")).toBe("true");
    expect(poster.getAttribute("tabindex")).toBe("-1");
    expect(document.body.textContent).toContain("The player loads from YouTube only when you press play.");
    expect(loaded()).toEqual([]);
  });

  it("becomes a play button named for the talk, and loads nothing until it is pressed", async () => {
    const [box] = showFacades(youtube!);
    await runVideoModule();
    const button = box!.querySelector("button")!;
    expect(button.getAttribute("type")).toBe("button");
    expect(button.getAttribute("aria-label")).toBe("Play the recording of eBPF בפרודקשן: מה למדנו בשנה הראשונה");
    // The poster it was, drawn the same: the page doesn't move.
    expect(button.textContent).toContain("eBPF בפרודקשן: מה למדנו בשנה הראשונה");
    expect(box!.querySelector("a")).toBeNull();
    expect(loaded()).toEqual([]);
  });

  it("on press, puts the privacy-enhanced player in its place, titled, and moves focus into it", async () => {
    const [box] = showFacades(youtube!);
    await runVideoModule();
    box!.querySelector("button")!.click();
    const frame = box!.querySelector("iframe")!;
    expect(frame.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&start=42");
    expect(frame.getAttribute("title")).toBe("Recording of eBPF בפרודקשן: מה למדנו בשנה הראשונה");
    expect(frame.getAttribute("allow")).toContain("autoplay");
    expect(frame.hasAttribute("allowfullscreen")).toBe(true);
    expect(box!.querySelector("button")).toBeNull();
    expect(document.activeElement).toBe(frame);
  });

  it("gives the focus back to the player once it has loaded, should the page have lost it, and only then", async () => {
    const [first, second] = showFacades(youtube!, vimeo!);
    await runVideoModule();
    first!.querySelector("button")!.click();
    const frame = first!.querySelector("iframe")!;
    frame.blur();
    expect(document.activeElement).toBe(document.body);
    frame.dispatchEvent(new Event("load"));
    expect(document.activeElement).toBe(frame);

    // The visitor went on to the next recording before this one loaded: the focus stays with them.
    const next = second!.querySelector("button")!;
    next.click();
    const other = second!.querySelector("iframe")!;
    const elsewhere = document.createElement("a");
    elsewhere.href = "#schedule";
    document.body.append(elsewhere);
    elsewhere.focus();
    other.dispatchEvent(new Event("load"));
    expect(document.activeElement).toBe(elsewhere);
  });

  it("plays each recording on the page on its own: Vimeo and PeerTube too", async () => {
    const boxes = showFacades(youtube!, vimeo!, peertube!);
    await runVideoModule();
    expect(boxes.map((b) => b.querySelector("button")?.getAttribute("aria-label"))).toEqual([
      "Play the recording of eBPF בפרודקשן: מה למדנו בשנה הראשונה",
      "Play the recording of באג של שלושה שבועות ב-btrfs",
      "Play the recording of Real-time Linux, finally upstream",
    ]);
    boxes[2]!.querySelector("button")!.click();
    expect(loaded()).toEqual(["https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv?autoplay=1"]);
    boxes[1]!.querySelector("button")!.click();
    expect(boxes[1]!.querySelector("iframe")?.getAttribute("src")).toBe(
      "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=9a1b2c3d4e",
    );
    expect(boxes[0]!.querySelector("iframe")).toBeNull();
  });

  it("leaves a poster a link when its player address isn't an https one", async () => {
    const [box] = showFacades(youtube!);
    box!.dataset.video = "javascript:alert(1)";
    await runVideoModule();
    expect(box!.querySelector("button")).toBeNull();
    expect(box!.querySelector("a")?.getAttribute("href")).toBe("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=42s");
  });

  it("draws no player for a recording that is only a link", () => {
    const link: Slot = {
      ...youtube!,
      video: "https://example.com/v",
      recording: { url: "https://example.com/v", provider: "other" },
    };
    expect(showFacades(link)).toEqual([]);
  });
});
