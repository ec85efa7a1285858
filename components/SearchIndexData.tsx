import type { PageSearchData } from "@/lib/outputs/search-data";

/** What Pagefind reads from the built page besides its text (lib/outputs/search-data.ts); hidden from visitors. */
export function SearchIndexData({ data }: { data: PageSearchData }) {
  return (
    <>
      {Object.entries(data.filters).flatMap(([filter, values]) =>
        values.map((value) => <span key={`${filter}:${value}`} hidden data-pagefind-filter={`${filter}:${value}`} />),
      )}
      {/* Inline meta runs to the end of the attribute, commas and all. */}
      {data.detail && <span hidden data-pagefind-meta={`detail:${data.detail}`} />}
      {data.words && <span hidden>{data.words}</span>}
    </>
  );
}
