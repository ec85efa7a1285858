import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Window } from "happy-dom";
import { afterAll, describe, expect, it } from "vitest";
import { loadAfterFirstPaint } from "@/lib/browser/bundle";
import { stripExport, stripFrameworkRuntime } from "@/lib/export/strip";
import { verifyExport } from "@/lib/export/verify";
import { redirectPage } from "@/lib/redirect-page";

// Real pages of the fixture site's export, as Next wrote them (see the README beside them).
const sample = (name: string) => fs.readFileSync(path.join("test/fixtures/export", name), "utf8");
const PAGES = ["home.html", "meetup.html"];

// Read with another parser than the one under test: what a browser would build.
const window = new Window();
const parse = (html: string) => new window.DOMParser().parseFromString(html, "text/html");
type Doc = ReturnType<typeof parse>;
afterAll(() => window.happyDOM.close());

const KEPT_TYPES = ["application/ld+json", "speculationrules", "module"];

describe("a page Next rendered, stripped", () => {
  it.each(PAGES)("%s keeps no script but structured data, speculation rules and the site's module loader", (name) => {
    const before = parse(sample(name));
    const after = parse(stripFrameworkRuntime(sample(name)));
    expect(before.querySelectorAll("script[src^='/_next/']").length).toBeGreaterThan(0);
    const scripts = Array.from(after.querySelectorAll("script"));
    for (const script of scripts) expect(KEPT_TYPES).toContain(script.getAttribute("type"));
    const data = (doc: Doc) =>
      Array.from(doc.querySelectorAll("script[type='application/ld+json'], script[type=module]")).map(
        (s) => s.textContent,
      );
    expect(data(after)).toEqual(data(before));
    expect(after.querySelector("script[type=module]")!.textContent).toMatch(
      /import\("\/assets\/live\.[0-9a-f]{8}\.js"\)/,
    );
  });

  it.each(PAGES)("%s refers to no framework chunk and preloads no script", (name) => {
    const html = stripFrameworkRuntime(sample(name));
    expect(sample(name)).toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
    expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
    expect(html).not.toContain("self.__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(parse(html).querySelectorAll("link[rel=preload][as=script], link[rel=modulepreload]")).toHaveLength(0);
  });

  it.each(PAGES)("%s reads the same: title, head, styles and the text of <main>", (name) => {
    const before = parse(sample(name));
    const after = parse(stripFrameworkRuntime(sample(name)));
    expect(after.title).toBe(before.title);
    expect(after.querySelector("main")!.textContent).toBe(before.querySelector("main")!.textContent);
    expect(after.querySelector("main")!.innerHTML).toBe(before.querySelector("main")!.innerHTML);
    // The stylesheet is in the page (experimental.inlineCss) and stays there, whole.
    const styles = (doc: Doc) => Array.from(doc.querySelectorAll("style")).map((s) => s.textContent);
    expect(styles(after)).toEqual(styles(before));
    expect(styles(after).join("").length).toBeGreaterThan(5000);
    // Everything but the scripts and their preloads, element for element.
    const rest = (doc: Doc) => {
      doc
        .querySelectorAll("script:not([type='application/ld+json']):not([type=module]), link[as=script]")
        .forEach((el) => el.remove());
      return doc.documentElement.outerHTML;
    };
    expect(rest(after)).toBe(rest(before));
  });

  it("keeps speculation rules and the site's own module script and its preload", () => {
    const own =
      '<script type="speculationrules">{"prerender":[]}</script>' +
      '<link rel="modulepreload" href="/live.1a2b3c4d.js"/>' +
      '<script type="module" src="/live.1a2b3c4d.js"></script>';
    const html = stripFrameworkRuntime(sample("meetup.html").replace("</head>", `${own}</head>`));
    expect(html).toContain(`${own}</head>`);
  });

  it("keeps the inline module that loads the site's module after the first paint, not one feeding the runtime", () => {
    const loader = `<script type="module">${loadAfterFirstPaint("/assets/live.1a2b3c4d.js")}</script>`;
    const runtime = '<script type="module">self.__next_f.push([1,"x"])</script>';
    const html = stripFrameworkRuntime(sample("meetup.html").replace("</head>", `${loader}${runtime}</head>`));
    expect(html).toContain(`${loader}</head>`);
    expect(html).not.toContain(runtime);
  });

  it("cuts exactly the framework's elements and leaves every other byte as it was", () => {
    const page = [
      "<!DOCTYPE html><html><head>\n",
      '  <LINK REL="stylesheet" HREF="/_next/static/chunks/a.css">\n',
      "  <link rel=preload as=script href=/_next/static/chunks/b.js>",
      "<!-- <script>not a script</script> -->\n",
      '  <script src="/_next/static/chunks/b.js" async></script>\n',
      '  <script type="module" src="/_next/static/chunks/c.js"></script>\n',
      "</head><body>\n",
      '<div hidden=""><!--$--><!--/$--></div><p title="a &amp; b">x <!-- -->y</p>\n',
      '<script type="application/ld+json">{"name":"<\\/script>"}</script>',
      '<script>self.__next_f.push([1,"</div>"])</script>',
      '<SCRIPT id="_R_">(globalThis["TURBOPACK"] || []).push({})</SCRIPT>\n',
      "</body></html>",
    ].join("");
    expect(stripFrameworkRuntime(page)).toBe(
      [
        "<!DOCTYPE html><html><head>\n",
        '  <LINK REL="stylesheet" HREF="/_next/static/chunks/a.css">\n',
        "  <!-- <script>not a script</script> -->\n",
        "  \n",
        "  \n",
        "</head><body>\n",
        '<div hidden=""><!--$--><!--/$--></div><p title="a &amp; b">x <!-- -->y</p>\n',
        '<script type="application/ld+json">{"name":"<\\/script>"}</script>',
        "\n",
        "</body></html>",
      ].join(""),
    );
  });

  it("leaves a page Next did not render as it was, its own script with it", () => {
    const page = redirectPage("/meetups/2016-07-12-old/", "Old");
    expect(page).toContain("location.replace");
    expect(stripFrameworkRuntime(page)).toBe(page);
  });
});

describe("the strip step over an export folder", () => {
  const home = sample("home.html");
  const chunks = Array.from(home.matchAll(/\/_next\/(static\/chunks\/[^"]+\.js)/g), (m) => `_next/${m[1]}`);
  const files: Record<string, string> = {
    "index.html": home,
    "index.txt": '1:"$Sreact.fragment"\n',
    "__next._tree.txt": "0:{}\n",
    "meetups/2099-03-10-ebpf-everywhere/index.html": sample("meetup.html"),
    "meetups/2099-03-10-ebpf-everywhere/index.txt": '1:"$Sreact.fragment"\n',
    "meetups/2099-03-10-ebpf-everywhere/__next.meetups.$d$slug.__PAGE__.txt": "0:{}\n",
    "meetups/2099-03-10-ebpf-everywhere/calendar.ics": "BEGIN:VCALENDAR\n",
    "meetups/2016/07/12/old.html": redirectPage("/meetups/2099-03-10-ebpf-everywhere/", "Old"),
    "_next/static/chunks/152v22jcb_-3u.css": "body{}",
    "_next/static/media/icon.2ikvj5mcx3e1d.svg": "<svg/>",
    "_next/static/SK7BjEce5C3gdTIsHMY-y/_buildManifest.js": "self.__BUILD_MANIFEST={}",
    ...Object.fromEntries(chunks.map((chunk) => [chunk, "/* chunk */"])),
    // Not Next's: a text file that is no page's payload, and the site's own module.
    "notes/index.txt": "plain text",
    "live.1a2b3c4d.js": "export {}",
  };
  const make = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-export-"));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  };
  const frameworkProblem = /framework|payload|runtime/;

  it("removes the payload files and the framework's scripts, and keeps stylesheets, media and the site's files", () => {
    const dir = make();
    expect(chunks.length).toBeGreaterThan(3);
    const report = stripExport(dir, { basePath: "" });
    expect(report).toMatchObject({ pages: 3, stripped: 2 });
    expect(report.removed).toEqual(
      [
        "__next._tree.txt",
        "index.txt",
        "meetups/2099-03-10-ebpf-everywhere/__next.meetups.$d$slug.__PAGE__.txt",
        "meetups/2099-03-10-ebpf-everywhere/index.txt",
        "_next/static/SK7BjEce5C3gdTIsHMY-y/_buildManifest.js",
        ...new Set(chunks),
      ].sort(),
    );
    const left = (rel: string) => fs.existsSync(path.join(dir, rel));
    for (const rel of [
      "_next/static/chunks/152v22jcb_-3u.css",
      "_next/static/media/icon.2ikvj5mcx3e1d.svg",
      "notes/index.txt",
      "live.1a2b3c4d.js",
      "meetups/2099-03-10-ebpf-everywhere/calendar.ics",
    ]) {
      expect(left(rel), rel).toBe(true);
    }
    expect(left("_next/static/SK7BjEce5C3gdTIsHMY-y")).toBe(false);
    expect(fs.readFileSync(path.join(dir, "meetups/2016/07/12/old.html"), "utf8")).toBe(
      files["meetups/2016/07/12/old.html"],
    );
  });

  it("leaves an export that the check finds no framework in", () => {
    const dir = make();
    expect(verifyExport(dir, { basePath: "" }).filter((p) => frameworkProblem.test(p)).length).toBeGreaterThan(10);
    stripExport(dir, { basePath: "" });
    expect(verifyExport(dir, { basePath: "" }).filter((p) => frameworkProblem.test(p))).toEqual([]);
  });
});
