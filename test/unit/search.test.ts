import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SearchIndexData } from "@/components/SearchIndexData";
import { writeSearchIndex } from "@/lib/outputs/search-index";
import { createCatalog } from "@/lib/site/catalog";
import { loadContent } from "@/lib/content/load";
import { catalogs } from "@/lib/i18n";
import { readQuery, resultsSummary, writeQuery, type SearchText } from "@/lib/site/search-filters";
import { meetupSearchData, searchOptions, speakerSearchData, type PageSearchData } from "@/lib/outputs/search-data";

const { meetups, speakers } = loadContent(path.resolve(import.meta.dirname, "../fixtures/site"));
const catalog = createCatalog(meetups, speakers, { publish: true });
const summer = catalog.getMeetup("2099-07-14-summer-scheduling")!;
const berlin = catalog.getMeetup("2099-10-20-berlin-guest-night")!;

const text = (language: "en" | "he"): SearchText => ({
  locale: catalogs[language].locale,
  ...catalogs[language].search.browser,
});
const said = (s: { before: string; q: string; after: string }) => `${s.before}${s.q}${s.after}`;

describe("what the index knows about a page", () => {
  it("files a meetup with talks under meetups and talks, its year and its talks' languages, with its topics", () => {
    expect(meetupSearchData(summer)).toEqual({
      filters: { kind: ["meetup", "talk"], language: ["en", "he"], year: ["2099"] },
      detail: "Tuesday, 14 July 2099",
      words: "#scheduler",
    });
    expect(meetupSearchData(berlin).filters.kind).toEqual(["meetup"]);
  });

  it("says in a result's line when plans changed, and files no talks of a cancelled meetup", () => {
    const cancelled = catalog.getMeetup("2099-02-17-strike-night")!;
    expect(meetupSearchData(cancelled)).toMatchObject({
      filters: { kind: ["meetup"] },
      detail: "Cancelled · Tuesday, 17 February 2099",
    });
    const moved = catalog.getMeetup("2099-04-07-io-uring-deep-dive")!;
    expect(meetupSearchData(moved)).toMatchObject({
      filters: { kind: ["meetup", "talk"] },
      detail: "New date · Tuesday, 21 April 2099",
    });
  });

  it("files a speaker under the languages and years of their talks, with their role", () => {
    const dana = catalog.getSpeaker("dana-fixture")!;
    expect(speakerSearchData(dana, catalog.talksBy(dana.slug))).toEqual({
      filters: { kind: ["speaker"], language: ["en"], year: ["2099", "2015"] },
      detail: "Kernel engineer, Example Corp",
    });
    const yossi = catalog.getSpeaker("yossi-fixture")!;
    const { filters, detail } = speakerSearchData(yossi, catalog.talksBy(yossi.slug));
    expect(filters.language.sort()).toEqual(["en", "he"]);
    expect(detail).toBeUndefined();
  });

  it("offers the content's languages, the interface's first, and the years newest first", () => {
    const { languages, years } = searchOptions(catalog.allMeetups());
    expect(languages).toEqual([
      { value: "en", label: "English" },
      { value: "he", label: "Hebrew" },
    ]);
    expect(years.map((y) => y.value)).toEqual(["2099", "2018", "2017", "2016", "2015"]);
  });
});

describe("a search in the page's address", () => {
  it("reads the words and the filters it knows, trimmed, and ignores the rest", () => {
    expect(readQuery(new URLSearchParams("q=+ebpf+&lang=he&kind=&year=2016&page=2"))).toEqual({
      q: "ebpf",
      filters: { language: "he", year: "2016" },
    });
  });

  it("writes them back as they are read", () => {
    const query = { q: "שלום & bye", filters: { kind: "talk", language: "he" } };
    expect(readQuery(new URLSearchParams(writeQuery(query)))).toEqual(query);
    expect(writeQuery({ q: "", filters: {} })).toBe("");
  });
});

describe("what the live region says", () => {
  it("counts results in English", () => {
    expect(said(resultsSummary(text("en"), 1, "slowing"))).toBe("1 result for “slowing”");
    expect(said(resultsSummary(text("en"), 1200, "kernel"))).toBe("1,200 results for “kernel”");
    expect(said(resultsSummary(text("en"), 0, "nothing"))).toBe("No results for “nothing”");
    expect(said(resultsSummary(text("en"), 3, ""))).toBe("3 results");
    expect(said(resultsSummary(text("en"), 0, ""))).toBe("No results");
  });

  it("counts results in Hebrew, one and many", () => {
    expect(said(resultsSummary(text("he"), 1, "eBPF"))).toBe('תוצאה אחת עבור "eBPF"');
    expect(said(resultsSummary(text("he"), 2, "eBPF"))).toBe('2 תוצאות עבור "eBPF"');
  });

  it("keeps the visitor's words apart, to be set in their own direction", () => {
    expect(resultsSummary(text("he"), 5, "scheduler")).toEqual({
      before: '5 תוצאות עבור "',
      q: "scheduler",
      after: '"',
    });
  });
});

describe("a page with nothing but its title", () => {
  const page = (body: ReactElement) =>
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${renderToStaticMarkup(body)}</body></html>`;

  it("is in the index by its title: Pagefind leaves out a page without words", async () => {
    const bare = { ...meetups.find((m) => m.bodyHtml)!, bodyHtml: "", venue: undefined, schedule: [], topics: [] };
    bare.statusNoteHtml = undefined;
    const data = meetupSearchData(bare);
    expect(data.words).toBe(bare.title);
    // So is a speaker without a bio, a role or a talk.
    const nameOnly = { ...speakers[0]!, bioHtml: "", role: undefined };
    expect(speakerSearchData(nameOnly, []).words).toBe(nameOnly.name);
    expect(speakerSearchData({ ...nameOnly, role: "Engineer" }, []).words).toBeUndefined();
    // A meetup with words of its own isn't given its title twice.
    const worded = meetups.find((m) => m.bodyHtml && m.topics.length === 0)!;
    expect(meetupSearchData(worded).words).toBeUndefined();

    const out = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-search-"));
    // The shape of a meetup's page: its search data, and its title in a heading the index leaves out.
    const article = (search: PageSearchData) =>
      createElement(
        "article",
        { "data-pagefind-body": true },
        createElement(SearchIndexData, { data: search }),
        createElement("h1", { "data-pagefind-ignore": true }, bare.title),
      );
    fs.mkdirSync(path.join(out, "with"));
    fs.writeFileSync(path.join(out, "with/index.html"), page(article(data)));
    expect((await writeSearchIndex(out)).pages).toBe(1);
    // Without it, the page would be missing from search (and the build's count would stop it).
    fs.writeFileSync(path.join(out, "with/index.html"), page(article({ ...data, words: undefined })));
    expect((await writeSearchIndex(out)).pages).toBe(0);
  });
});
