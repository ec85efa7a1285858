import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { removePlaceholderPages } from "@/lib/build/export-step";
import { verifyExport } from "@/lib/export/verify";

/** An export folder: { "a/index.html": "..." }. */
function exportFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-verify-"));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const page = (head: string, body = "") =>
  `<!DOCTYPE html><html><head><title>t</title>${head}</head><body><main>${body}</main></body></html>`;

describe("the export check", () => {
  it("finds nothing wrong with a sound export", () => {
    const dir = exportFolder({
      "index.html": page(
        '<link rel="stylesheet" href="/_next/static/chunks/site.css"/>' +
          '<link rel="icon" href="/icon.svg?icon.123.svg"/>' +
          '<link rel="preconnect" href="/nothing-here/"/>' +
          '<meta property="og:image" content="https://kerneltlv.example/opengraph-image?abc"/>' +
          '<script type="module" src="/live.1a2b3c4d.js"></script>' +
          '<script type="application/ld+json">{"url":"/not/checked/"}</script>',
        [
          '<a href="/meetups/">folder</a>',
          '<a href="/meetups">folder without its slash</a>',
          '<a href="meetups/x/calendar.ics">relative file</a>',
          '<a href="/meetups/x/?utm=1#schedule">query and fragment</a>',
          '<a href="/speakers/dana%20f/">escaped</a>',
          '<a href="#main">same page</a>',
          '<a href="mailto:hi@example.com">mail</a>',
          '<a href="webcal://kerneltlv.example/calendar.ics">subscribe</a>',
          '<a href="https://elsewhere.example/missing/">another site</a>',
          '<img src="//cdn.example/x.png" srcset="/a.png 1x, /a,2x.png 2x"/>',
        ].join(""),
      ),
      "meetups/index.html": page("", '<a href="../">up</a><a href="x/">down</a>'),
      "meetups/x/index.html": page("", '<a href="calendar.ics">here</a>'),
      "meetups/x/calendar.ics": "BEGIN:VCALENDAR",
      "speakers/dana f/index.html": page(""),
      "opengraph-image": "png",
      "icon.svg": "<svg/>",
      "a.png": "png",
      "a,2x.png": "png",
      "live.1a2b3c4d.js": "",
      "_next/static/chunks/site.css": "",
      "old.html": page('<meta http-equiv="refresh" content="0; url=/meetups/x/"/>'),
      "notes/index.txt": "not a payload: no page beside it",
    });
    expect(verifyExport(dir, { basePath: "", siteUrl: "https://kerneltlv.example" })).toEqual([]);
  });

  it("names each page that still carries Next's client runtime, and how", () => {
    const dir = exportFolder({
      "index.html": page('<script src="/_next/static/chunks/a.js" async=""></script>'),
      "b/index.html": page('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>'),
      "c/index.html": page("", '<script>self.__next_f.push([1,"x"])</script>'),
      "d/index.html": page("", '<script id="_R_">(globalThis["TURBOPACK"] || []).push({})</script>'),
      "e/index.html": page('<script src="/_next/static/chunks/poly.js" noModule=""></script>'),
    });
    expect(verifyExport(dir, { basePath: "" })).toEqual([
      'b/index.html: <link href="/_next/static/chunks/a.js"> refers to a framework chunk',
      expect.stringMatching(/^c\/index\.html: carries Next's runtime in an inline script \("self\.__next_f/),
      expect.stringMatching(/^d\/index\.html: carries Next's runtime in an inline script .*TURBOPACK/),
      'e/index.html: <script src="/_next/static/chunks/poly.js"> refers to a framework chunk',
      'index.html: <script src="/_next/static/chunks/a.js"> refers to a framework chunk',
    ]);
  });

  it("finds a page that failed to render, and leaves the not-found page alone", () => {
    const failed = '<!DOCTYPE html><html id="__next_error__"><head><title>t</title></head><body></body></html>';
    const dir = exportFolder({ "index.html": page(""), "meetups/x/index.html": failed, "404.html": failed });
    expect(verifyExport(dir, { basePath: "" })).toEqual([
      "meetups/x/index.html: the page failed to render (Next's error document instead of the page)",
    ]);
  });

  it("finds RSC payload files and framework scripts left in the folder", () => {
    const dir = exportFolder({
      "index.html": page(""),
      "index.txt": '1:"$Sreact.fragment"',
      "__next._tree.txt": "0:{}",
      "meetups/x/index.html": page(""),
      "meetups/x/__next.meetups.$d$slug.__PAGE__.txt": "0:{}",
      "_next/static/chunks/a.js": "",
      "_next/static/build/_buildManifest.js": "",
    });
    expect(verifyExport(dir, { basePath: "" })).toEqual([
      "__next._tree.txt: an RSC payload file, which no page without the runtime reads",
      "_next/static/build/_buildManifest.js: framework JavaScript left in the export",
      "_next/static/chunks/a.js: framework JavaScript left in the export",
      "index.txt: an RSC payload file, which no page without the runtime reads",
      "meetups/x/__next.meetups.$d$slug.__PAGE__.txt: an RSC payload file, which no page without the runtime reads",
    ]);
  });

  it("finds every local address no file answers, wherever the page gives it", () => {
    const dir = exportFolder({
      "index.html": page(
        '<link rel="stylesheet" href="/_next/static/chunks/gone.css"/>' +
          '<meta property="og:image" content="https://kerneltlv.example/meetups/x/opengraph-image?1"/>' +
          '<meta name="twitter:image" content="/missing-card.png"/>' +
          '<script type="module" src="/live.00000000.js"></script>',
        [
          '<a href="/nowhere/">page</a>',
          '<a href="/meetups/x/calendar.ics">calendar</a>',
          '<img src="photo.jpg" srcset="/a.png 1x, /a@2x.png 2x"/>',
          '<video poster="/poster.png"></video>',
          '<a href="https://kerneltlv.example/gone/">absolute, on this site</a>',
          '<a href="/bad%E0%A4%A/">broken escape</a>',
        ].join(""),
      ),
      "old.html": page('<meta http-equiv="refresh" content="0; url=\'/moved/\'"/>'),
      "a.png": "png",
    });
    expect(verifyExport(dir, { basePath: "", siteUrl: "https://kerneltlv.example" })).toEqual([
      'index.html: <link href="/_next/static/chunks/gone.css"> points to _next/static/chunks/gone.css or _next/static/chunks/gone.css/index.html, which is not in the export',
      'index.html: <meta content="https://kerneltlv.example/meetups/x/opengraph-image?1"> points to meetups/x/opengraph-image or meetups/x/opengraph-image/index.html, which is not in the export',
      'index.html: <meta content="/missing-card.png"> points to missing-card.png or missing-card.png/index.html, which is not in the export',
      'index.html: <script src="/live.00000000.js"> points to live.00000000.js or live.00000000.js/index.html, which is not in the export',
      'index.html: <a href="/nowhere/"> points to nowhere/index.html, which is not in the export',
      'index.html: <a href="/meetups/x/calendar.ics"> points to meetups/x/calendar.ics or meetups/x/calendar.ics/index.html, which is not in the export',
      'index.html: <img src="photo.jpg"> points to photo.jpg or photo.jpg/index.html, which is not in the export',
      'index.html: <img srcset="/a@2x.png"> points to a@2x.png or a@2x.png/index.html, which is not in the export',
      'index.html: <video poster="/poster.png"> points to poster.png or poster.png/index.html, which is not in the export',
      'index.html: <a href="https://kerneltlv.example/gone/"> points to gone/index.html, which is not in the export',
      'index.html: <a href="/bad%E0%A4%A/"> has a broken percent-escape',
      'old.html: <meta content="/moved/"> points to moved/index.html, which is not in the export',
    ]);
  });

  it("serves pages under the base path, and finds an address that leaves it out", () => {
    const dir = exportFolder({
      "index.html": page(
        '<link rel="stylesheet" href="/kerneltlv/_next/static/chunks/site.css"/>' +
          '<meta property="og:image" content="https://user.example/kerneltlv/opengraph-image"/>',
        '<a href="/kerneltlv/meetups/">in</a><a href="/kerneltlv">home</a><a href="/meetups/">forgot the base path</a>',
      ),
      "meetups/index.html": page("", '<a href="../">home</a><a href="/kerneltlv/">home</a>'),
      "opengraph-image": "png",
      "_next/static/chunks/site.css": "",
    });
    expect(verifyExport(dir, { basePath: "/kerneltlv", siteUrl: "https://user.example" })).toEqual([
      'index.html: <a href="/meetups/"> is outside the base path /kerneltlv/',
    ]);
  });
});

describe("a route's placeholder page", () => {
  const notFound = '<!DOCTYPE html><html id="__next_error__"><body>not found</body></html>';

  it("is taken out when it rendered as not found, so the export passes its check", () => {
    const dir = exportFolder({
      "index.html": page(""),
      "topics/_none/_none/index.html": notFound,
      "speakers/_none/index.html": notFound,
    });
    expect(verifyExport(dir, { basePath: "" }).length).toBeGreaterThan(0);
    removePlaceholderPages(dir);
    expect(fs.existsSync(path.join(dir, "topics/_none"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "topics/_none/_none"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "speakers/_none"))).toBe(false);
    expect(verifyExport(dir, { basePath: "" })).toEqual([]);
  });

  it("stays when it is a page of that name (a speaker whose file is _none.md)", () => {
    const dir = exportFolder({ "speakers/_none/index.html": page("", "<h1>None</h1>") });
    removePlaceholderPages(dir);
    expect(fs.existsSync(path.join(dir, "speakers/_none/index.html"))).toBe(true);
  });
});
