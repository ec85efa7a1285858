// Search as the build and the search page's module both see it. Plain values and pure functions only: this file
// is bundled into the browser module.
import { fill } from "../i18n/fill";
import type { Messages } from "../i18n";

/** The search page's address; the header's search form submits to it. */
export const SEARCH_PATH = "/search/";

/** What a page of the index is: a meetup page (which also holds its talks), or a speaker's. */
export type SearchKind = "meetup" | "talk" | "speaker";
export const SEARCH_KINDS: readonly SearchKind[] = ["meetup", "talk", "speaker"];

/**
 * Pagefind's filters on every indexed page, by the name the search form and the
 * page's address use for them (?lang=he&kind=talk&year=2016).
 */
export const SEARCH_FILTERS = { language: "lang", kind: "kind", year: "year" } as const;
export type SearchFilter = keyof typeof SEARCH_FILTERS;
export type SearchFilters = Partial<Record<SearchFilter, string>>;

/**
 * The start of every talk heading's id on a meetup page (#talk-1930): how the
 * search page tells a talk among a page's sections when asked for talks only.
 */
export const TALK_ANCHOR_PREFIX = "talk-";

/** The words the search page's module writes, in the interface's language (lib/i18n's `search.browser`), and its locale. */
export type SearchText = Pick<Messages, "locale"> & Messages["search"]["browser"];

/** What the search page hands its module (data-search on its root). */
export interface SearchPageData {
  /** Pagefind's own script, under the site's base path: /kerneltlv/pagefind/pagefind.js. */
  bundle: string;
  /** Put in front of every result's address: "/" or "/kerneltlv/". */
  baseUrl: string;
  text: SearchText;
}

/** A search as the page's address states it: the words and the filters (?q=…&lang=…). */
export interface SearchQuery {
  q: string;
  filters: SearchFilters;
}

/** The search in a query string, values trimmed; unknown parameters and empty values ignored. */
export function readQuery(params: URLSearchParams): SearchQuery {
  const filters: SearchFilters = {};
  for (const [filter, name] of Object.entries(SEARCH_FILTERS) as [SearchFilter, string][]) {
    const value = params.get(name)?.trim();
    if (value) filters[filter] = value;
  }
  return { q: (params.get("q") ?? "").trim(), filters };
}

/** The query string for a search: "?q=ebpf&lang=he", or "" when there is nothing to search for. */
export function writeQuery({ q, filters }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  for (const [filter, name] of Object.entries(SEARCH_FILTERS) as [SearchFilter, string][]) {
    const value = filters[filter];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * What the live region says once results are shown, the query apart so that the page can set the visitor's words
 * in their own direction. `q` empty: a search by filters alone.
 */
export function resultsSummary(
  text: SearchText,
  count: number,
  q: string,
): { before: string; q: string; after: string } {
  const n = new Intl.NumberFormat(text.locale).format(count);
  const found = fill(new Intl.PluralRules(text.locale).select(count) === "one" ? text.found.one : text.found.other, {
    n,
  });
  const template = q
    ? count === 0
      ? text.none
      : fill(text.foundFor, { found })
    : count === 0
      ? text.noneAtAll
      : found;
  const at = q ? template.indexOf("{q}") : -1;
  if (at < 0) return { before: template, q: "", after: "" };
  return { before: template.slice(0, at), q, after: template.slice(at + "{q}".length) };
}
