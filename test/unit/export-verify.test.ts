import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyExport } from "@/lib/outputs/verify";

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

  it("reads every page of the export, old-address pages' refresh targets too", () => {
    const dir = exportFolder({
      "index.html": page("", '<a href="/meetups/">meetups</a>'),
      "meetups/index.html": page("", '<a href="/meetups/gone/">read here</a>'),
      "old/index.html": page('<meta http-equiv="refresh" content="0; url=/meetups/moved/"/>'),
    });
    expect(verifyExport(dir, { basePath: "", siteUrl: "https://kerneltlv.example" })).toEqual([
      'meetups/index.html: <a href="/meetups/gone/"> points to meetups/gone/index.html, which is not in the export',
      'old/index.html: <meta content="/meetups/moved/"> points to meetups/moved/index.html, which is not in the export',
    ]);
  });
});
