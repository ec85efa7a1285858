import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  clientCode,
  headersUnder,
  stripRuntime,
  publishOwnPublicFolder,
  withoutRuntime,
} from "@/lib/outputs/static-export";

/** Every file and folder under `dir`, by its path in it, sorted. */
const listed = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

/** A folder of files: { "a/index.html": "..." }. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-export-"));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

// The shape of a page as next build exports it: chunk scripts, their preloads, the inline RSC payload
// and Turbopack's bootstrap, beside the page's own data and module scripts.
const nextPage =
  "<!DOCTYPE html><html><head>" +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<style data-precedence="next">body{color:red}</style>' +
  '<script src="/_next/static/chunks/a.js" async=""></script>' +
  '<script type="module">const l=()=>import("/assets/live.1234abcd.js");l()</script>' +
  '<script type="speculationrules">{"prerender":[]}</script>' +
  "</head><body><main><h1>Title</h1>" +
  '<script type="application/ld+json">{"@type":"Event"}</script></main>' +
  '<script src="/_next/static/chunks/b.js" noModule=""></script>' +
  '<script id="_R_">self.__next_r="x"; (self.TURBOPACK=self.TURBOPACK||[]).push([])</script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  "</body></html>";

describe("taking Next's runtime out of an exported page", () => {
  it("keeps the page, its styles, data and own modules, and nothing of Next's scripts", () => {
    const page = withoutRuntime(nextPage);
    expect(page).not.toMatch(/_next\/static\/chunks\/[ab]\.js|__next_f|TURBOPACK/);
    expect(page).toContain("<style data-precedence");
    expect(page).toContain('import("/assets/live.1234abcd.js")');
    expect(page).toContain('<script type="speculationrules">');
    expect(page).toContain('<script type="application/ld+json">{"@type":"Event"}</script>');
    expect(page).toContain("<h1>Title</h1>");
  });

  it("leaves a page without Next's scripts byte for byte as it was", () => {
    // An old address's redirect page: its inline script is its own.
    const page = '<html><head><script>location.replace("/new/")</script></head><body>moved</body></html>';
    expect(withoutRuntime(page)).toBe(page);
  });

  it("deletes the RSC payloads, Next's folder, copies of the not-found page and pages not found, and keeps every other file", () => {
    const out = folder({
      "index.html": nextPage,
      "index.txt": "0:payload",
      "__next._tree.txt": "tree",
      "meetups/a/index.html": nextPage,
      "meetups/a/index.txt": "payload",
      "meetups/a/calendar.ics": "BEGIN:VCALENDAR",
      "notes.txt": "an organizer's own text file",
      "_next/static/chunks/a.js": "",
      "_not-found/index.html": "",
      "404/index.html": "",
      "404.html": "not found",
      "topics/_none/_none/index.html": "",
      // What notFound() leaves: the code of conduct of a group without one.
      "code-of-conduct/index.html": `<!DOCTYPE html><html id="__next_error__"><head><meta name="robots" content="noindex"/></head><body>${nextPage}</body></html>`,
      "code-of-conduct/index.txt": "payload",
    });
    const report = stripRuntime(out, folder({}));
    expect(listed(out)).toEqual([
      "404.html",
      "index.html",
      "meetups",
      "meetups/a",
      "meetups/a/calendar.ics",
      "meetups/a/index.html",
      "notes.txt",
    ]);
    expect(report).toEqual({ pages: 6, removed: 5 });
    expect(fs.readFileSync(path.join(out, "meetups/a/index.html"), "utf8")).not.toContain("_next/");
  });

  it("keeps every file public/ provides, whatever its name: they are the organizers' own", () => {
    const own = {
      "notes/index.html": "<html><body>Notes</body></html>",
      "notes/index.txt": "the notes as text",
      "speakers/_none/photo.png": "png",
    };
    // Next copies public/ into the export, beside the pages it renders.
    const out = folder({ ...own, "index.html": nextPage, "index.txt": "0:payload", "speakers/_none/index.html": "" });
    stripRuntime(out, folder(own));
    expect(listed(out)).toEqual([
      "index.html",
      "notes",
      "notes/index.html",
      "notes/index.txt",
      "speakers",
      "speakers/_none",
      "speakers/_none/photo.png",
    ]);
  });
});

describe("a site with a public folder of its own (PUBLIC_DIR)", () => {
  it("publishes its files, and of the project's public/, which Next copied, only the host's headers", () => {
    const project = {
      "icon.svg": "<svg>KernelTLV</svg>",
      _headers: "/*\n  X-Frame-Options: DENY\n",
      "slides/a.pdf": "%PDF-",
    };
    const own = { "icon.svg": "<svg>Berlin</svg>", "photos/room.jpg": "jpg" };
    const out = folder({ ...project, "index.html": "<html></html>" });
    publishOwnPublicFolder(out, folder(project), folder(own));
    expect(listed(out)).toEqual(["_headers", "icon.svg", "index.html", "photos", "photos/room.jpg"]);
    expect(fs.readFileSync(path.join(out, "icon.svg"), "utf8")).toBe("<svg>Berlin</svg>");
  });
});

describe("the headers file for hosts that read one", () => {
  const headers = "# comment\n/*\n  X-Frame-Options: DENY\n\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n";

  it("puts a base path in front of each path, so that the embed's rule still matches its pages", () => {
    const dir = folder({ _headers: headers });
    headersUnder(dir, "/kernel-nyc");
    expect(fs.readFileSync(path.join(dir, "_headers"), "utf8")).toBe(
      "# comment\n/kernel-nyc/*\n  X-Frame-Options: DENY\n\n/kernel-nyc/embed/*\n  Content-Security-Policy: frame-ancestors *\n",
    );
  });

  it("leaves it as it is at the root, and makes none where there was none", () => {
    const dir = folder({ _headers: headers });
    headersUnder(dir, "");
    expect(fs.readFileSync(path.join(dir, "_headers"), "utf8")).toBe(headers);
    const empty = folder({});
    headersUnder(empty, "/kernel-nyc");
    expect(fs.existsSync(path.join(empty, "_headers"))).toBe(false);
  });
});

describe("a page that would need Next's client runtime", () => {
  const manifest = (modules: string[]) =>
    `globalThis.__RSC_MANIFEST["/page"] = {"clientModules":{${modules.map((m) => `"[project]/${m}":{"id":1,"name":"*","chunks":[]}`).join(",")}}};`;

  it("is found by the project's own client component, named by its file", () => {
    const dist = folder({
      "server/app/page_client-reference-manifest.js": manifest([
        "node_modules/next/dist/client/app-dir/link.js",
        "components/LikeButton.tsx <module evaluation>",
      ]),
      "server/app/talks/page_client-reference-manifest.js": manifest(["node_modules/next/dist/client/script.js"]),
    });
    expect(clientCode(dist)).toEqual(["components/LikeButton.tsx", "node_modules/next/dist/client/script.js"]);
  });

  it("is none when the pages use only Next's own (next/link renders a plain link)", () => {
    const dist = folder({
      "server/app/page_client-reference-manifest.js": manifest(["node_modules/next/dist/client/app-dir/link.js"]),
    });
    expect(clientCode(dist)).toEqual([]);
  });
});
