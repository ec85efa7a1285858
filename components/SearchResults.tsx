import { t } from "@/lib/i18n";

/**
 * Where the search page's module (lib/browser/search.ts) shows results. It fills the template with text only:
 * no markup of the index reaches the page but Pagefind's <mark>s.
 */
export function SearchResults() {
  return (
    <section aria-label={t.search.results} className="mt-8 noscript:hidden">
      <p role="status" className="min-h-[1lh] text-muted" data-search-status />
      <ol className="mt-2 divide-y divide-line" data-search-results />
      <button
        type="button"
        hidden
        className="mt-6 inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-5 font-semibold text-ink hover:border-accent"
        data-search-more
      >
        {t.search.browser.more}
      </button>
      <template data-search-result>
        <li className="py-5">
          <p className="text-sm text-muted" data-slot="about" />
          {/* Each piece takes its own direction from the module, by its text (lib/i18n/writing-direction.ts). */}
          <h2 className="mt-1 text-lg leading-snug font-semibold">
            <a data-slot="title" />
          </h2>
          <p className="mt-1 [overflow-wrap:anywhere] [&_mark]:bg-accent-soft [&_mark]:text-ink" data-slot="excerpt" />
          <ul className="mt-3 space-y-3 border-s-2 border-line ps-4" data-slot="sections">
            <li>
              <a className="block font-medium" data-slot="section-title" />
              <p
                className="mt-0.5 text-sm [overflow-wrap:anywhere] text-muted [&_mark]:bg-accent-soft [&_mark]:text-ink"
                data-slot="section-excerpt"
              />
            </li>
          </ul>
        </li>
      </template>
    </section>
  );
}
