import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCssPruner, moduleWords, pruneCssCache, wordsOfScript } from "@/lib/export/css";

// A stylesheet like the site's: utilities, a dark variant, attribute selectors, custom properties.
const CSS = [
  ":root{--accent:#9a4a00}",
  "body{margin:0}",
  "table{border-collapse:collapse}",
  ".card{padding:1rem}",
  ".gallery{display:grid}",
  ".md\\:flex{display:flex}",
  "@media (prefers-color-scheme:dark){.card{background:#111}.gallery{gap:0}}",
  ".nav a[aria-current=page]{font-weight:700}",
  "[data-state=live] .badge{color:red}",
  "#search-results{min-height:4rem}",
  ".player-frame{aspect-ratio:16/9}",
  // Tailwind's preflight; and a rule only Firefox applies, which must not go either.
  "[hidden]:where(:not([hidden=until-found])){display:none!important}",
  ":-moz-focusring:where(:not(iframe)){outline:auto}",
  ".card:where(:not(.gallery)){margin:0}",
  "@keyframes pulse{50%{opacity:.5}}",
].join("");

const page = (body: string, css = CSS) =>
  `<!DOCTYPE html><html><head><style data-precedence="next">${css}</style></head><body>${body}</body></html>`;

const styleOf = (html: string) => /<style[^>]*>(.*?)<\/style>/s.exec(html)![1]!;

describe("each page's stylesheet, cut to what can match it", () => {
  it("keeps the rules for what the page has, in both colour schemes, and drops the rest", async () => {
    const { html } = await createCssPruner([]).prune(page(`<div class="card md:flex"><p>Talk</p></div>`));
    const css = styleOf(html);
    expect(css).toContain(".card{padding:1rem}");
    expect(css).toContain(".md\\:flex{display:flex}");
    expect(css).toMatch(/prefers-color-scheme:dark\)\s*\{\s*\.card\{background:#111\}/);
    expect(css).toContain("body{margin:0}");
    expect(css).not.toContain(".gallery{");
    expect(css).not.toContain("table");
    expect(css).not.toContain("aria-current");
    expect(css).not.toContain("#search-results");
    // A selector that names nothing to look for (a :not() inside :where()) can't be judged, and stays.
    expect(css).toContain(":-moz-focusring:where(:not(iframe))");
    expect(css).toContain(".card:where(:not(.gallery)){margin:0}");
    // What no selector decides stays: custom properties and keyframes.
    expect(css).toContain("--accent:#9a4a00");
    expect(css).toContain("@keyframes pulse");
  });

  it("keeps an attribute selector when an element has that attribute and value", async () => {
    const pruner = createCssPruner([]);
    const current = styleOf(
      (await pruner.prune(page(`<nav class="nav"><a aria-current="page">Meetups</a></nav>`))).html,
    );
    expect(current).toContain("[aria-current=page]");
    const other = styleOf((await pruner.prune(page(`<nav class="nav"><a aria-current="step">Meetups</a></nav>`))).html);
    expect(other).not.toContain("[aria-current=page]");
  });

  it("keeps the rule that hides a hidden element, whether the page or its modules hide one", async () => {
    const pruner = createCssPruner(wordsOfScript(`more.hidden = true`));
    for (const body of [`<p hidden>Later</p>`, `<button class="card">More</button>`]) {
      expect(styleOf((await pruner.prune(page(body))).html)).toContain("[hidden]:where(:not([hidden=until-found]))");
    }
  });

  it("keeps a rule that applies because something is absent: :not() at any depth", async () => {
    const css = [
      ".not-x\\:underline:not(:is(.x)){text-decoration:underline}",
      ".y:not(:where(.dark) *){color:red}",
      ":not(:is(:where(.group):hover *)).z{opacity:1}",
    ].join("");
    const html = styleOf(
      (await createCssPruner([]).prune(page(`<p class="not-x:underline y z">No .x, .dark or .group here</p>`, css)))
        .html,
    );
    expect(html).toContain(".not-x\\:underline:not(:is(.x))");
    expect(html).toContain(".y:not(:where(.dark) *)");
    expect(html).toContain(":not(:is(:where(.group):hover *)).z");
  });

  it("reads ids and attribute values as the stylesheet escapes them, and attributes in any case", async () => {
    const css = [
      "#שלום{color:red}",
      "#\\31 23{color:green}",
      "#absent{color:blue}",
      "[data-k=a\\:b]{margin:0}",
      '[data-mode="Live" i]{font-weight:700}',
      "input:where([type=button]){cursor:pointer}",
      "[DATA-UPPER]{padding:0}",
    ].join("");
    const body =
      `<p id="שלום"></p><p id="123"></p><p data-k="a:b" data-mode="live" data-upper></p>` +
      `<input type="BUTTON" value="Go">`;
    const kept = styleOf((await createCssPruner([]).prune(page(body, css))).html);
    for (const rule of [
      "#שלום",
      "#\\31 23",
      "[data-k=a\\:b]",
      '[data-mode="Live" i]',
      "input:where([type=button])",
      "[DATA-UPPER]",
    ]) {
      expect(kept, rule).toContain(rule);
    }
    expect(kept).not.toContain("#absent");
  });

  it("keeps what the site's modules put into a page at run time", async () => {
    const code = `el.dataset.state = "live"; frame.className = "player-frame"; out.id = "search-results"; a.ariaCurrent = "page";`;
    const words = wordsOfScript(code);
    const { html } = await createCssPruner(words).prune(
      page(`<nav class="nav"><a href="/">Home</a></nav><p class="badge">Live</p>`),
    );
    const css = styleOf(html);
    expect(css).toContain("[data-state=live] .badge");
    expect(css).toContain(".player-frame");
    expect(css).toContain("#search-results");
    // A property that stands for an attribute: ariaCurrent is aria-current.
    expect(css).toContain(".nav a[aria-current=page]");
  });

  it("changes nothing outside the stylesheet, and leaves a page without one as it was", async () => {
    const pruner = createCssPruner([]);
    const before = page(`<main class="card"><h1 dir="auto">שלום &amp; hello</h1></main>`);
    const { html, before: bytesBefore, after } = await pruner.prune(before);
    expect(html.replace(styleOf(html), "")).toBe(before.replace(styleOf(before), ""));
    expect(after).toBeLessThan(bytesBefore);
    const plain = `<!DOCTYPE html><meta http-equiv="refresh" content="0; url=/meetups/x/"><a href="/meetups/x/">x</a>`;
    expect((await pruner.prune(plain)).html).toBe(plain);
  });

  it("works a stylesheet out once for pages that differ only in their text, links and ids", async () => {
    const pruner = createCssPruner([]);
    for (const slug of ["a", "b", "c"]) {
      await pruner.prune(
        page(`<article id="talk-${slug}" class="card"><a href="/meetups/${slug}/">${slug}</a></article>`),
      );
    }
    expect(pruner.distinct).toBe(1);
    await pruner.prune(page(`<article class="card gallery"></article>`));
    expect(pruner.distinct).toBe(2);
  });

  it("counts the words of the site's module files in the export as present, not Pagefind's", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-css-"));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    write("index.html", page(`<div class="card"></div>`));
    write("assets/video.1a2b3c4d.js", `f.className="player-frame"`);
    write("pagefind/pagefind.js", `x.className="md:flex"`);
    const home = styleOf((await createCssPruner(moduleWords(dir)).prune(page(`<div class="card"></div>`))).html);
    expect(home).toContain(".card{");
    expect(home).toContain(".player-frame");
    expect(home).not.toContain(".gallery{");
    expect(home).not.toContain("md\\:flex");
  });

  it("keeps each cut between builds, for the same stylesheet, modules and code only", async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-css-cache-"));
    const markup = page(`<div class="card"></div>`);
    const first = await createCssPruner([], { cacheDir, salt: "v1" }).prune(markup);
    expect(fs.readdirSync(cacheDir)).toHaveLength(1);
    // A cut in the cache is what the next build uses: here, one planted to tell it apart.
    const [file] = fs.readdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, file!), ".from-cache{}");
    expect(styleOf((await createCssPruner([], { cacheDir, salt: "v1" }).prune(markup)).html)).toBe(".from-cache{}");
    // Other code, other modules or another stylesheet: worked out again.
    expect((await createCssPruner([], { cacheDir, salt: "v2" }).prune(markup)).html).toBe(first.html);
    expect(styleOf((await createCssPruner(["badge"], { cacheDir, salt: "v1" }).prune(markup)).html)).not.toBe(
      ".from-cache{}",
    );
    const otherSheet = page(`<div class="card"></div>`, `${CSS}.extra{}`);
    // What a build used stays; the rest goes.
    const pruner = createCssPruner([], { cacheDir, salt: "v1" });
    await pruner.prune(markup);
    expect(pruneCssCache(cacheDir, pruner.cacheFiles)).toBe(2);
    expect(fs.readdirSync(cacheDir)).toEqual(pruner.cacheFiles);
    expect(styleOf((await createCssPruner([], { cacheDir, salt: "v1" }).prune(otherSheet)).html)).not.toBe(
      ".from-cache{}",
    );
  });
});
