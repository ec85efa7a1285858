import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gateCodeKey, openGateCache } from "@/lib/content/gate-cache";
import { loadContent, type LoadOptions } from "@/lib/content/load";
import { publicReadsHold } from "@/lib/content/public-reads";
import { readSiteSettings } from "@/lib/content/settings";
import { contentFolder, root, speakerFile } from "./helpers";

// The gate's cache (lib/content/gate-cache.ts) may only ever save time: a
// load that reuses outcomes must find exactly what a load without it finds,
// whatever changed in the file, in another file or in public/ since.

const meetup = (front: string, body = "Body.\n") => `---\n${front.trim()}\n---\n${body}`;
const ok = `title: T\ndate: 2099-07-05T19:00:00+03:00`;
const talk = (speaker: string) => `schedule:\n  - time: "19:00"\n    title: A talk\n    speakers: [${speaker}]`;
const svg = (width: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="50"></svg>`;

/** A content folder and a public/ folder, loaded through a cache of their own. */
function site(files: Record<string, string>, publicFiles: Record<string, string> = {}) {
  const dir = contentFolder(files);
  const publicDir = contentFolder(publicFiles);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "gate-cache-"));
  return {
    dir,
    publicDir,
    cacheDir,
    /** One load as the build does it: through the cache, which it then saves. */
    load(options: LoadOptions = {}, code = "code") {
      const cache = openGateCache(cacheDir, code);
      const result = loadContent(dir, { publicDir, ...options, cache });
      cache.save();
      return { ...result, ...cache.counts };
    },
    /** The same load without a cache, as it was before there was one. */
    loadAfresh: (options: LoadOptions = {}) => loadContent(dir, { publicDir, ...options }),
    write: (rel: string, text: string) => fs.writeFileSync(path.join(dir, rel), text),
    writePublic: (rel: string, data: string) => {
      fs.mkdirSync(path.dirname(path.join(publicDir, rel)), { recursive: true });
      fs.writeFileSync(path.join(publicDir, rel), data);
    },
    problemsOf(result: { problems: { file: string }[] }, rel: string) {
      return result.problems.filter((p) => p.file === path.posix.join(dir, rel));
    },
  };
}

/** As the bridge sees it: JSON, where a missing field and an undefined one are the same. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("a load through the gate's cache", () => {
  it("finds what a load without it finds, the second time from the cache alone", () => {
    const dir = path.join(root, "test/fixtures/hebrew");
    const options: LoadOptions = {
      publicDir: path.join(dir, "public"),
      timeZone: readSiteSettings(path.join(dir, "site.yml")).settings?.timeZone,
    };
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "gate-cache-"));
    const fresh = asJson(loadContent(path.join(dir, "content"), options));
    for (const run of ["first", "second"]) {
      const cache = openGateCache(cacheDir, "code");
      const loaded = loadContent(path.join(dir, "content"), { ...options, cache });
      cache.save();
      expect(asJson(loaded)).toEqual(fresh);
      if (run === "second") expect(cache.counts.checked).toBe(0);
    }
  });

  it("checks an edited file again, and its change reaches the documents, while the others are reused", () => {
    const s = site({ "meetups/a.md": meetup(ok), "meetups/b.md": meetup(ok), "speakers/ada.md": speakerFile("Ada") });
    expect(s.load().checked).toBe(3);
    s.write("meetups/a.md", meetup(`title: Edited\ndate: 2099-07-05T19:00:00+03:00`, "A new sentence.\n"));
    const after = s.load();
    expect([after.reused, after.checked]).toEqual([2, 1]);
    expect(after.meetups.map((m) => [m.title, m.bodyHtml])).toEqual([
      ["Edited", '<p dir="auto">A new sentence.</p>'],
      ["T", '<p dir="auto">Body.</p>'],
    ]);
    expect(asJson(after.meetups)).toEqual(asJson(s.loadAfresh().meetups));
  });

  it("reports a file's problems on every run, also when they come from the cache", () => {
    const s = site({ "meetups/bad.md": meetup(`title: Bad\ndate: someday`), "meetups/Bad Name.md": meetup(ok) });
    const first = s.load();
    const second = s.load();
    expect(second.reused).toBe(2);
    expect(second.problems).toEqual(first.problems);
    expect(second.problems).toEqual(s.loadAfresh().problems);
    expect(s.problemsOf(second, "meetups/bad.md")).toEqual([
      expect.objectContaining({ field: "date", message: expect.stringMatching(/expected a date like/) }),
    ]);
    // A misnamed file is reported, and still never kept.
    expect(s.problemsOf(second, "meetups/Bad Name.md")).toEqual([expect.objectContaining({ field: "file name" })]);
    expect(second.meetups).toEqual([]);
  });

  it("still finds that a reused meetup's speaker has no file once the speaker's file is gone, and not once it is back", () => {
    const s = site({ "meetups/a.md": meetup(`${ok}\n${talk("ada")}`), "speakers/ada.md": speakerFile("Ada") });
    expect(s.load().problems).toEqual([]);
    fs.renameSync(path.join(s.dir, "speakers/ada.md"), path.join(s.dir, "speakers/ada-lovelace.md"));
    const gone = s.load();
    expect(gone.reused).toBe(1);
    expect(s.problemsOf(gone, "meetups/a.md")).toEqual([
      {
        file: `${s.dir}/meetups/a.md`,
        field: "schedule[0].speakers",
        message: expect.stringMatching(/unknown speaker "ada"/),
      },
    ]);
    s.write("speakers/ada.md", speakerFile("Ada"));
    expect(s.load().problems).toEqual([]);
  });

  it("finds two files with one slug when the second one is new", () => {
    const s = site({ "meetups/a.md": meetup(ok) });
    s.load();
    fs.mkdirSync(path.join(s.dir, "meetups/2099"));
    s.write("meetups/2099/a.md", meetup(ok));
    const problems = s.load().problems;
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [`${s.dir}/meetups/2099/a.md`, "file name"],
      [`${s.dir}/meetups/a.md`, "file name"],
    ]);
  });
});

describe("public/, as a reused outcome depends on it", () => {
  it("notices a logo that changed size", () => {
    const s = site(
      { "meetups/m.md": meetup(`${ok}\nhosts:\n  - name: Host\n    logo: /logo.svg`) },
      { "logo.svg": svg(200) },
    );
    expect(s.load().meetups[0]?.hosts?.[0]?.logo).toEqual({ src: "/logo.svg", width: 200, height: 50 });
    s.writePublic("logo.svg", svg(300));
    const after = s.load();
    expect(after.checked).toBe(1);
    expect(after.meetups[0]?.hosts?.[0]?.logo).toEqual({ src: "/logo.svg", width: 300, height: 50 });
  });

  it("notices a speaker's photo that is gone, and that is back", () => {
    const s = site(
      { "speakers/ada.md": `---\nname: Ada\nphoto: /speakers/ada.jpg\n---\n` },
      { "speakers/ada.jpg": "x" },
    );
    expect(s.load().problems).toEqual([]);
    fs.rmSync(path.join(s.publicDir, "speakers/ada.jpg"));
    expect(s.problemsOf(s.load(), "speakers/ada.md")).toEqual([
      expect.objectContaining({
        field: "photo",
        message: expect.stringMatching(/public\/speakers\/ada\.jpg, but there is none/),
      }),
    ]);
    s.writePublic("speakers/ada.jpg", "x");
    expect(s.load().problems).toEqual([]);
  });

  it("notices slides that are no longer a PDF", () => {
    const slides = `schedule:\n  - time: "19:00"\n    title: A talk\n    kind: talk\n    slides: /slides/a.pdf`;
    const s = site({ "meetups/m.md": meetup(`${ok}\n${slides}`) }, { "slides/a.pdf": "%PDF-1.4" });
    expect(s.load().problems).toEqual([]);
    s.writePublic("slides/a.pdf", "<html>");
    expect(s.problemsOf(s.load(), "meetups/m.md")).toEqual([
      expect.objectContaining({ field: "schedule[0].slides", message: expect.stringMatching(/isn't one/) }),
    ]);
  });

  it("trusts no answer to a question nothing asks any more", () => {
    expect(publicReadsHold([{ question: "a question of older code", args: [], answer: null }])).toBe(false);
    expect(publicReadsHold([])).toBe(true);
  });

  it("notices an old address that has become a file of public/", () => {
    const s = site({ "meetups/m.md": meetup(`${ok}\nredirect_from: /old/page.html`) });
    expect(s.load().meetups[0]?.redirects).toEqual(["/old/page.html"]);
    s.writePublic("old/page.html", "<p>");
    expect(s.problemsOf(s.load(), "meetups/m.md")).toEqual([
      expect.objectContaining({
        field: "redirect_from",
        message: expect.stringMatching(/public\/old\/page\.html is there already/),
      }),
    ]);
  });
});

describe("what a cached outcome is kept for", () => {
  afterEach(() => {
    delete process.env.SITE_CONFIG;
  });

  it("is not used by other code", () => {
    const s = site({ "meetups/a.md": meetup(ok) });
    s.load({}, "code");
    expect(s.load({}, "other code").reused).toBe(0);
  });

  it("is not used with other options: another public/, time zone, or without HTML", () => {
    const s = site({ "meetups/a.md": meetup(`title: T\ndate: 2099-07-05T19:00`) });
    expect(s.load({ timeZone: "Asia/Jerusalem" }).meetups[0]?.start).toBe("2099-07-05T19:00:00+03:00");
    const elsewhere = s.load({ timeZone: "Europe/London" });
    expect([elsewhere.reused, elsewhere.meetups[0]?.start]).toEqual([0, "2099-07-05T19:00:00+01:00"]);
    expect(s.load({ timeZone: "Europe/London", render: false }).reused).toBe(0);
    expect(s.load({ timeZone: "Europe/London", publicDir: contentFolder({}) }).reused).toBe(0);
  });

  it("is keyed by the gate's code, packages, Node and site settings, which a settings change changes", () => {
    const settings = path.join(contentFolder({}), "site.yml");
    fs.writeFileSync(settings, fs.readFileSync(path.join(root, "site.yml")));
    process.env.SITE_CONFIG = settings;
    const before = gateCodeKey();
    expect(gateCodeKey()).toBe(before);
    fs.appendFileSync(settings, "\n# a comment\n");
    expect(gateCodeKey()).not.toBe(before);
  });

  it("starts empty from a broken cache file", () => {
    const s = site({ "meetups/a.md": meetup(ok) });
    s.load();
    const cacheFiles = fs.readdirSync(s.cacheDir);
    expect(cacheFiles).toHaveLength(1);
    fs.writeFileSync(path.join(s.cacheDir, cacheFiles[0]!), "{ half a file");
    const again = s.load();
    expect([again.meetups.length, again.checked]).toEqual([1, 1]);
  });

  it("keeps each content folder's outcomes: building another site in between reuses both", () => {
    const a = site({ "meetups/a.md": meetup(ok) });
    const b = { ...site({ "meetups/b.md": meetup(ok) }), cacheDir: a.cacheDir };
    const load = (s: typeof a) => {
      const cache = openGateCache(a.cacheDir, "code");
      loadContent(s.dir, { publicDir: s.publicDir, cache });
      cache.save();
      return cache.counts.reused;
    };
    expect([load(a), load(b), load(a), load(b)]).toEqual([0, 0, 1, 1]);
  });

  it("keeps the latest cache files of other code, and deletes older ones", () => {
    const s = site({ "meetups/a.md": meetup(ok) });
    ["v1", "v2", "v3", "v4", "v5"].forEach((code, i) => {
      s.load({}, code);
      // One second apart, as builds are: the order of use must not hang on the clock's resolution.
      const time = new Date(Date.UTC(2020, 0, 1, 0, 0, i));
      fs.utimesSync(path.join(s.cacheDir, `gate-${code}.json`), time, time);
    });
    expect(fs.readdirSync(s.cacheDir).sort()).toEqual(["gate-v2.json", "gate-v3.json", "gate-v4.json", "gate-v5.json"]);
  });
});
