import { Window } from "happy-dom";
import { URLPattern } from "urlpattern-polyfill";
import { afterAll, describe, expect, it } from "vitest";
import { speculationRules, type Condition } from "@/lib/browser/speculation-rules";

const windows: Window[] = [];
afterAll(() => Promise.all(windows.map((w) => w.happyDOM.close())));

/** A link as it sits in a page at `pageUrl`. */
function link(pageUrl: string, html: string): HTMLAnchorElement {
  const window = new Window({ url: pageUrl });
  windows.push(window);
  window.document.body.innerHTML = html;
  return window.document.querySelector("a") as unknown as HTMLAnchorElement;
}

// How a browser reads a document rule's "where" (nav-speculation spec): URL
// patterns relative to the page's address, selectors against the link.
function matches(where: Condition, a: HTMLAnchorElement, pageUrl: string): boolean {
  if ("and" in where) return where.and.every((c) => matches(c, a, pageUrl));
  if ("or" in where) return where.or.some((c) => matches(c, a, pageUrl));
  if ("not" in where) return !matches(where.not, a, pageUrl);
  if ("href_matches" in where) {
    return [where.href_matches].flat().some((pattern) => new URLPattern(pattern, pageUrl).test(a.href));
  }
  return [where.selector_matches].flat().some((selector) => a.matches(selector));
}

/** Whether hovering the link prerenders its page. */
function prerendered(basePath: string, pageUrl: string, html: string): boolean {
  const rules = JSON.parse(JSON.stringify(speculationRules(basePath))) as ReturnType<typeof speculationRules>;
  return rules.prerender.some(
    (rule) => rule.eagerness === "moderate" && matches(rule.where, link(pageUrl, html), pageUrl),
  );
}

describe("speculation rules", () => {
  const page = "https://kerneltlv.com/meetups/2099-03-10-ebpf-everywhere/";

  it.each([
    "/",
    "/meetups/",
    "/meetups/2099-07-14-summer-scheduling/",
    "../",
    "/speakers/dana-fixture/",
    "/topics/ebpf/",
    "https://kerneltlv.com/propose/",
    "/meetups/#y2099",
  ])("prerender a page of the site on hover: %s", (href) => {
    expect(prerendered("", page, `<a href="${href}">x</a>`)).toBe(true);
  });

  it.each([
    "/calendar.ics",
    "calendar.ics",
    "/feed.xml",
    "/atom.xml",
    "/feed.json",
    "opengraph-image",
    "/slides/talk.pdf",
    "/images/photo.png",
    "/meetups/2016/07/12/old.html",
    "webcal://kerneltlv.com/calendar.ics",
    "https://www.meetup.com/Tel-Aviv-Yafo-Linux-Kernel-Meetup/",
    "mailto:hello@example.com",
  ])("leave files and other sites alone: %s", (href) => {
    expect(prerendered("", page, `<a href="${href}">x</a>`)).toBe(false);
  });

  it("leaves a link marked as a download alone", () => {
    expect(prerendered("", page, `<a href="/meetups/" download>x</a>`)).toBe(false);
  });

  it("stays inside the base path of a project site", () => {
    const projectPage = "https://kerneltlv.github.io/kerneltlv/meetups/";
    expect(prerendered("/kerneltlv", projectPage, `<a href="/kerneltlv/">x</a>`)).toBe(true);
    expect(prerendered("/kerneltlv", projectPage, `<a href="/kerneltlv/speakers/">x</a>`)).toBe(true);
    expect(prerendered("/kerneltlv", projectPage, `<a href="/">x</a>`)).toBe(false);
    expect(prerendered("/kerneltlv", projectPage, `<a href="/another-project/">x</a>`)).toBe(false);
  });
});
