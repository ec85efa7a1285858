import type { Metadata } from "next";
import { SearchBrowse } from "@/components/SearchBrowse";
import { SearchForm } from "@/components/SearchForm";
import { SearchResults } from "@/components/SearchResults";
import { loadAfterFirstPaint } from "@/lib/browser/bundle";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { allMeetups, allTopics, frequentTopics } from "@/lib/site/meetups";
import { SEARCH_PATH, type SearchPageData } from "@/lib/site/search-filters";
import { searchOptions } from "@/lib/outputs/search-data";
import { site } from "@/lib/site/config";
import { basePath } from "@/lib/site/urls";

export const metadata: Metadata = pageMetadata({
  title: t.search.title,
  description: t.search.description(site.name),
  path: SEARCH_PATH,
});

/** Topics offered to browse beside the search. */
const BROWSE_TOPICS = 12;

export default function SearchPage() {
  const { languages, years } = searchOptions(allMeetups());
  const data: SearchPageData = {
    bundle: `${basePath}/pagefind/pagefind.js`,
    baseUrl: `${basePath}/`,
    text: { locale: t.locale, ...t.search.browser },
  };
  return (
    <div data-search={JSON.stringify(data)}>
      <h1 className="text-3xl font-bold tracking-tight">{t.search.title}</h1>
      <SearchForm languages={languages} years={years} />
      {/* Shown by the switch that hides the form, the (scripting: none) media query, so
          exactly one of the two is there. */}
      <p className="mt-6 hidden max-w-prose noscript:block">{t.search.noScript}</p>
      {/* The results' room (app/globals.css), where the lists wait until there is a search. */}
      <div data-search-area>
        <SearchResults />
        <SearchBrowse topics={frequentTopics(allTopics(), BROWSE_TOPICS)} />
      </div>
      {/* This page's own module: it loads Pagefind (out/pagefind/, made by the build) on first use. */}
      <script type="module" dangerouslySetInnerHTML={{ __html: loadAfterFirstPaint("search") }} />
    </div>
  );
}
