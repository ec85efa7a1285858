// @vitest-environment happy-dom
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SearchBrowse } from "@/components/SearchBrowse";
import { SearchForm } from "@/components/SearchForm";
import { SearchResults } from "@/components/SearchResults";
import { browserModule, SCRIPT_BUDGET_GZIPPED } from "@/lib/browser/bundle";
import { searchForms, type PagefindFragment } from "@/lib/browser/search";
import { t } from "@/lib/i18n";
import type { SearchPageData } from "@/lib/site/search-filters";

// The search page's module, bundled as the page loads it, run against the markup
// the page renders, with a stand-in for Pagefind's pagefind.js: the e2e suite
// (e2e/search.spec.ts) runs the real index; this pins what the module does with answers.

interface FakePagefind {
  options: ReturnType<typeof vi.fn>;
  search: (term: string | null, options: { filters: Record<string, string> }) => Promise<unknown>;
}
declare global {
  var fakePagefind: FakePagefind | undefined;
}

/** pagefind.js as the module imports it: each call goes to the test's globalThis.fakePagefind. */
const FAKE_BUNDLE = `data:text/javascript,${encodeURIComponent(
  "export const options = (o) => globalThis.fakePagefind.options(o);" +
    "export const search = (term, o) => globalThis.fakePagefind.search(term, o);",
)}`;

const fragment = (over: Partial<PagefindFragment> = {}): PagefindFragment => ({
  url: "/kerneltlv/meetups/2099-03-10-ebpf-everywhere/",
  content: "An evening of eBPF. Tracing the scheduler with eBPF. Dana Fixture: without slowing the box down.",
  excerpt: "An evening of <mark>eBPF</mark>.",
  meta: { title: "eBPF Everywhere", detail: "Tuesday, 10 March 2099" },
  filters: { kind: ["meetup", "talk"], language: ["en"], year: ["2099"] },
  sub_results: [
    {
      title: "Tracing the scheduler with eBPF",
      url: "/kerneltlv/meetups/2099-03-10-ebpf-everywhere/#talk-1930",
      excerpt: "without <mark>slowing</mark> the box down",
      anchor: { id: "talk-1930", element: "h3" },
    },
    {
      title: "About this meetup",
      url: "/kerneltlv/meetups/2099-03-10-ebpf-everywhere/#about",
      excerpt: "<mark>slowing</mark> nothing",
      anchor: { id: "about", element: "h2" },
    },
  ],
  ...over,
});

/** Pagefind's answer, best first: every result's data loads when asked for. */
const answer = (fragments: PagefindFragment[]) => ({
  results: fragments.map((f, i) => ({ id: f.url, score: fragments.length - i, data: async () => f })),
});

let loads = 0;
/** Shows the search page (its form and results area, as the page renders them) at `address`, and runs the module. */
async function openSearchPage(address: string, bundle = FAKE_BUNDLE, beforeModule?: () => void): Promise<void> {
  const data: SearchPageData = {
    bundle,
    baseUrl: "/kerneltlv/",
    text: { locale: t.locale, ...t.search.browser },
  };
  document.body.innerHTML = renderToStaticMarkup(
    createElement(
      "div",
      { "data-search": JSON.stringify(data) },
      createElement(SearchForm, {
        languages: [
          { value: "en", label: "English" },
          { value: "he", label: "Hebrew" },
        ],
        years: [
          { value: "2099", label: "2099" },
          { value: "2016", label: "2016" },
        ],
      }),
      createElement(SearchResults),
      createElement(SearchBrowse, { topics: [{ slug: "ebpf", name: "ebpf", meetups: [] }] }),
    ),
  );
  history.replaceState(null, "", address);
  beforeModule?.();
  // A comment that changes per load: a data: URL is imported, and run, once per address.
  const code = `${browserModule("search").code}\n//${loads++}`;
  await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const status = () => $("[role=status]").textContent;
const items = () => Array.from(document.querySelectorAll<HTMLElement>("[data-search-results] > li"));
const links = (item: Element) => Array.from(item.querySelectorAll("a"), (a) => [a.textContent, a.getAttribute("href")]);

let searches: { term: string | null; filters: Record<string, string> }[];
beforeEach(() => {
  searches = [];
  globalThis.fakePagefind = {
    options: vi.fn(async () => {}),
    search: async (term, options) => {
      searches.push({ term, filters: options.filters });
      return answer([fragment()]);
    },
  };
});
afterEach(() => {
  globalThis.fakePagefind = undefined;
  document.body.innerHTML = "";
});

describe("the search page's module, bundled", () => {
  it("is one small self-contained file, named for its content", () => {
    const { fileName, code } = browserModule("search");
    expect(fileName).toMatch(/^search\.[0-9a-f]{8}\.js$/);
    expect(code).not.toMatch(/^\s*import\b/m);
    // It shares the page with live time: both within the budget together.
    expect(gzipSync(code).length + gzipSync(browserModule("live").code).length).toBeLessThanOrEqual(
      SCRIPT_BUDGET_GZIPPED,
    );
  });

  it("answers the search handed over in the address, under the site's base path", async () => {
    await openSearchPage("/kerneltlv/search/?q=slowing&lang=he");
    await vi.waitFor(() => expect(status()).toBe("1 result for “slowing”"));
    expect($<HTMLInputElement>("input[name=q]").value).toBe("slowing");
    expect($<HTMLSelectElement>("select[name=lang]").value).toBe("he");
    expect(globalThis.fakePagefind!.options).toHaveBeenCalledWith({ baseUrl: "/kerneltlv/" });
    expect(searches).toEqual([{ term: "slowing", filters: { language: "he" } }]);
    const [item] = items();
    expect(item!.querySelector("[data-slot=about]")!.textContent).toBe("Meetup · Tuesday, 10 March 2099");
    expect(links(item!)).toEqual([
      ["eBPF Everywhere", "/kerneltlv/meetups/2099-03-10-ebpf-everywhere/"],
      ["Tracing the scheduler with eBPF", "/kerneltlv/meetups/2099-03-10-ebpf-everywhere/#talk-1930"],
      ["About this meetup", "/kerneltlv/meetups/2099-03-10-ebpf-everywhere/#about"],
    ]);
    expect(Array.from(item!.querySelectorAll("mark"), (m) => m.textContent)).toEqual(["slowing", "slowing"]);
    // The words matched only in sections: the page's own excerpt would repeat them.
    expect(item!.querySelector("[data-slot=excerpt]")).toBeNull();
  });

  it("shows only talks when asked for talks", async () => {
    await openSearchPage("/kerneltlv/search/?q=slowing&kind=talk");
    await vi.waitFor(() => expect(items()).toHaveLength(1));
    expect(searches).toEqual([{ term: "slowing", filters: { kind: "talk" } }]);
    expect(links(items()[0]!).map(([text]) => text)).toEqual(["eBPF Everywhere", "Tracing the scheduler with eBPF"]);
  });

  it("opens a section's excerpt after its heading's words, which the section's link says already", async () => {
    const talk = fragment().sub_results[0]!;
    globalThis.fakePagefind!.search = async () =>
      answer([
        fragment({
          sub_results: [
            { ...talk, excerpt: "Tracing the <mark>scheduler</mark> with eBPF. How the <mark>scheduler</mark> picks" },
            { ...talk, title: "Why eBPF?", excerpt: "Why <mark>eBPF</mark>? Because" },
            { ...talk, title: "XDP", excerpt: "and XDP, the <mark>scheduler</mark>" },
          ],
        }),
      ]);
    await openSearchPage("/kerneltlv/search/?q=scheduler");
    await vi.waitFor(() => expect(items()).toHaveLength(1));
    const excerpts = items()[0]!.querySelectorAll("[data-slot=section-excerpt]");
    expect(Array.from(excerpts, (p) => p.textContent)).toEqual([
      "How the scheduler picks",
      "Because",
      "and XDP, the scheduler",
    ]);
    expect(Array.from(excerpts[0]!.querySelectorAll("mark"), (m) => m.textContent)).toEqual(["scheduler"]);
  });

  it("finds a Hebrew word with the letters Hebrew joins to its front, and without them", async () => {
    const production = fragment({ url: "/kerneltlv/meetups/ebpf/", meta: { title: "eBPF בפרודקשן" } });
    const kernel = fragment({ url: "/kerneltlv/meetups/kernel/", meta: { title: "מהקרנל ועד הפרודקשן" } });
    const index: Record<string, PagefindFragment[]> = { בפרודקשן: [production], הפרודקשן: [kernel, production] };
    globalThis.fakePagefind!.search = async (term) => answer(index[term ?? ""] ?? []);
    await openSearchPage("/kerneltlv/search/?q=פרודקשן");
    await vi.waitFor(() => expect(status()).toBe("2 results for “פרודקשן”"));
    // Each page once, best first.
    expect(items().map((i) => i.querySelector("h2")!.textContent)).toEqual(["מהקרנל ועד הפרודקשן", "eBPF בפרודקשן"]);
  });

  it("finds nothing for a word no page has, though Pagefind answers it with a shorter word's pages", async () => {
    // As Pagefind answers: a word it can't find, with the pages of the longest indexed word it starts with; and
    // a search in quotes, with the pages of the word's stem ("kernels" is "kernel"), or none.
    const filesystems = fragment({
      content: "An evening on filesystems. Btrfs snapshots in practice.",
      sub_results: [],
    });
    const hacking = fragment({ url: "/kerneltlv/meetups/hacking/", content: "An evening of kernel hacking." });
    const index: Record<string, PagefindFragment[]> = {
      btrfsxyz: [filesystems],
      "btrfs xyzq": [filesystems],
      btr: [filesystems],
      kernels: [hacking],
      '"kernels"': [hacking],
    };
    globalThis.fakePagefind!.search = async (term) => answer(index[term ?? ""] ?? []);
    await openSearchPage("/kerneltlv/search/?q=btrfsxyz");
    await vi.waitFor(() => expect(status()).toBe("No results for “btrfsxyz”"));
    expect(items()).toHaveLength(0);
    expect($("[data-search-browse]").hidden).toBe(false);
    const input = $<HTMLInputElement>("input[name=q]");
    const search = async (words: string, said: string) => {
      input.value = words;
      $("form").dispatchEvent(new Event("submit", { cancelable: true }));
      await vi.waitFor(() => expect(status()).toBe(said));
    };
    await search("btrfs xyzq", "No results for “btrfs xyzq”");
    expect(items()).toHaveLength(0);
    // The beginning of a word, as typed so far; and a word the page has in another form.
    await search("btr", "1 result for “btr”");
    await search("kernels", "1 result for “kernels”");
  });

  it("finds nothing for a Hebrew word no page has, though it starts with a letter Hebrew joins to words", async () => {
    // "ב-9" (on the 9th) leaves "ב" a word of the index: Pagefind answers every form of the word with that page.
    const memory = fragment({ url: "/kerneltlv/meetups/memory/", content: "האולם תפוס ב-9 באפריל", meta: {} });
    globalThis.fakePagefind!.search = async (term) => answer(term?.startsWith('"') ? [] : [memory]);
    await openSearchPage("/kerneltlv/search/?q=בקוונטי");
    await vi.waitFor(() => expect(status()).toBe("No results for “בקוונטי”"));
    expect(items()).toHaveLength(0);
    // The beginning of a word that page has with a letter joined: באפריל, in April.
    const input = $<HTMLInputElement>("input[name=q]");
    input.value = "אפרי";
    $("form").dispatchEvent(new Event("submit", { cancelable: true }));
    await vi.waitFor(() => expect(status()).toBe("1 result for “אפרי”"));
  });

  it("tries each Hebrew word with and without a joined letter, the words as typed first, within bounds", () => {
    expect(searchForms("פרודקשן")).toEqual([
      "פרודקשן",
      "ופרודקשן",
      "הפרודקשן",
      "בפרודקשן",
      "כפרודקשן",
      "לפרודקשן",
      "מפרודקשן",
      "שפרודקשן",
    ]);
    expect(searchForms("בפרודקשן")).toContain("פרודקשן");
    expect(searchForms("בפרודקשן")[0]).toBe("בפרודקשן");
    // Too short to tell a joined letter from the word's own: בית is "house", not "in" + "ית".
    expect(searchForms("בית")).not.toContain("ית");
    expect(searchForms("eBPF sk_buff")).toEqual(["eBPF sk_buff"]);
    expect(searchForms("eBPF בפרודקשן").every((form) => form.startsWith("eBPF "))).toBe(true);
    const three = searchForms("קרנל רשת זיכרון");
    expect(three[0]).toBe("קרנל רשת זיכרון");
    expect(three.length).toBeLessThanOrEqual(64);
    expect(three).toContain("בקרנל ברשת זיכרון");
  });

  it("lets no markup from the index onto the page, only Pagefind's marks", async () => {
    globalThis.fakePagefind!.search = async () =>
      answer([
        fragment({
          meta: { title: '<img src="x" onerror="alert(1)">' },
          excerpt: 'a &lt;b&gt; <mark>word</mark> <img src="x" onerror="alert(1)"><script>alert(2)</script>',
          sub_results: [],
        }),
      ]);
    await openSearchPage("/kerneltlv/search/?q=word");
    await vi.waitFor(() => expect(items()).toHaveLength(1));
    const item = items()[0]!;
    expect(item.querySelectorAll("img, script")).toHaveLength(0);
    expect(item.querySelector("h2")!.textContent).toBe('<img src="x" onerror="alert(1)">');
    expect(item.querySelector("[data-slot=excerpt]")!.textContent).toBe("a <b> word alert(2)");
    expect(item.querySelector("mark")!.textContent).toBe("word");
    expect(item.querySelector("[data-slot=sections]")).toBeNull();
  });

  it("lays each title and excerpt out in the direction most of its letters read, not by its first letter", async () => {
    globalThis.fakePagefind!.search = async () =>
      answer([
        fragment({
          meta: { title: "eBPF בפרודקשן, ובאג של שלושה שבועות" },
          excerpt: "<mark>eBPF</mark> בפרודקשן: מה למדנו בשנה הראשונה #ebpf.",
          sub_results: [
            {
              title: "XDP מאפס",
              url: "/kerneltlv/meetups/x/#talk-1",
              excerpt: "ערב על <mark>eBPF</mark>",
              anchor: { id: "talk-1", element: "h3" },
            },
            {
              title: "Tracing with eBPF: a בדיקה",
              url: "/kerneltlv/meetups/x/#talk-2",
              excerpt: "How <mark>eBPF</mark> traces the kernel",
              anchor: { id: "talk-2", element: "h3" },
            },
          ],
        }),
        // A speaker, matched in their bio: the page's own excerpt.
        fragment({
          url: "/kerneltlv/speakers/noa/",
          meta: { title: "Noa Levi" },
          excerpt: "מפתחת <mark>eBPF</mark> בצוות הליבה",
          sub_results: [],
        }),
      ]);
    await openSearchPage("/kerneltlv/search/?q=ebpf");
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    const [item, speaker] = items() as [HTMLElement, HTMLElement];
    expect(speaker.querySelector("h2")!.dir).toBe("ltr");
    expect(speaker.querySelector<HTMLElement>("[data-slot=excerpt]")!.dir).toBe("rtl");
    // The heading, not only its link: a title that wraps lines up on the right.
    expect(item.querySelector("h2")!.dir).toBe("rtl");
    const sections = [...item.querySelectorAll("[data-slot=sections] > li")];
    expect(sections.map((li) => li.querySelector<HTMLElement>("[data-slot=section-title]")!.dir)).toEqual([
      "rtl",
      "ltr",
    ]);
    expect(sections.map((li) => li.querySelector<HTMLElement>("[data-slot=section-excerpt]")!.dir)).toEqual([
      "rtl",
      "ltr",
    ]);
  });

  it("keeps the site's lists in the results' place until a search finds something", async () => {
    const browse = () => $("[data-search-browse]");
    await openSearchPage("/kerneltlv/search/");
    expect(browse().hidden).toBe(false);
    expect(links(browse()).map(([text]) => text)).toEqual([
      "All meetups, by year",
      "All talks, by year",
      "All speakers",
      "#ebpf",
    ]);
    const input = $<HTMLInputElement>("input[name=q]");
    const submit = async (words: string) => {
      input.value = words;
      $("form").dispatchEvent(new Event("submit", { cancelable: true }));
    };
    await submit("slowing");
    await vi.waitFor(() => expect(items()).toHaveLength(1));
    expect(browse().hidden).toBe(true);
    // Nothing found: the lists are the way on again.
    globalThis.fakePagefind!.search = async () => answer([]);
    await submit("nothing");
    await vi.waitFor(() => expect(status()).toBe("No results for “nothing”"));
    expect(browse().hidden).toBe(false);
  });

  it("keeps what the visitor typed before the module loaded, and searches for it", async () => {
    await openSearchPage("/kerneltlv/search/", FAKE_BUNDLE, () => {
      $<HTMLInputElement>("input[name=q]").value = "slowi";
    });
    expect($<HTMLInputElement>("input[name=q]").value).toBe("slowi");
    await vi.waitFor(() => expect(searches).toEqual([{ term: "slowi", filters: {} }]));
  });

  it("searches once typing pauses, and keeps the address in step", async () => {
    await openSearchPage("/kerneltlv/search/");
    expect(searches).toEqual([]);
    const input = $<HTMLInputElement>("input[name=q]");
    for (const value of ["e", "eb", "ebpf"]) {
      input.value = value;
      input.dispatchEvent(new Event("input"));
    }
    await vi.waitFor(() => expect(status()).toBe("1 result for “ebpf”"));
    expect(searches).toEqual([{ term: "ebpf", filters: {} }]);
    expect(location.search).toBe("?q=ebpf");

    $<HTMLSelectElement>("select[name=year]").value = "2016";
    $("select[name=year]").dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(searches.at(-1)).toEqual({ term: "ebpf", filters: { year: "2016" } }));
    expect(location.search).toBe("?q=ebpf&year=2016");

    // No words: the filters alone still choose.
    input.value = "";
    $("form").dispatchEvent(new Event("submit", { cancelable: true }));
    await vi.waitFor(() => expect(searches.at(-1)).toEqual({ term: null, filters: { year: "2016" } }));
    await vi.waitFor(() => expect(status()).toBe("1 result"));
    $<HTMLSelectElement>("select[name=year]").value = "";
    $("form").dispatchEvent(new Event("submit", { cancelable: true }));
    await vi.waitFor(() => expect(items()).toHaveLength(0));
    expect(status()).toBe("");
    expect(location.search).toBe("");
  });

  it("drops the answer to a search that a newer one overtook", async () => {
    let releaseFirst: () => void = () => {};
    globalThis.fakePagefind!.search = async (term) => {
      if (term === "old") await new Promise<void>((resolve) => (releaseFirst = resolve));
      return answer([fragment({ meta: { title: `About ${term}` } })]);
    };
    await openSearchPage("/kerneltlv/search/?q=old");
    const input = $<HTMLInputElement>("input[name=q]");
    input.value = "new";
    $("form").dispatchEvent(new Event("submit", { cancelable: true }));
    await vi.waitFor(() => expect(status()).toBe("1 result for “new”"));
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(items().map((i) => i.querySelector("h2")!.textContent)).toEqual(["About new"]);
  });

  it("shows ten results at a time, and takes the keyboard to the first new one", async () => {
    const many = Array.from({ length: 23 }, (_, i) =>
      fragment({ url: `/kerneltlv/meetups/m-${i}/`, meta: { title: `Meetup ${i}` }, sub_results: [] }),
    );
    globalThis.fakePagefind!.search = async () => answer(many);
    await openSearchPage("/kerneltlv/search/?q=meetup");
    await vi.waitFor(() => expect(status()).toBe("23 results for “meetup”"));
    const more = $<HTMLButtonElement>("[data-search-more]");
    expect(items()).toHaveLength(10);
    expect(more.hidden).toBe(false);
    more.click();
    await vi.waitFor(() => expect(items()).toHaveLength(20));
    expect(document.activeElement?.textContent).toBe("Meetup 10");
    more.click();
    await vi.waitFor(() => expect(items()).toHaveLength(23));
    expect(more.hidden).toBe(true);
  });

  it("says so when Pagefind can't be loaded", async () => {
    await openSearchPage("/kerneltlv/search/?q=ebpf", "data:text/javascript,throw%20new%20Error('offline')");
    await vi.waitFor(() => expect(status()).toBe(t.search.browser.failed));
    expect(items()).toHaveLength(0);
  });
});
