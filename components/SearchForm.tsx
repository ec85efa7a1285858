import { t } from "@/lib/i18n";
import { SEARCH_FILTERS, SEARCH_KINDS, SEARCH_PATH } from "@/lib/site/search-filters";
import type { SearchOption } from "@/lib/outputs/search-data";
import { basePath } from "@/lib/site/urls";
import { SearchIcon } from "./SearchIcon";

const select =
  "h-10 rounded-lg border border-line bg-surface ps-3 pe-8 text-sm text-ink hover:border-accent focus-visible:border-accent";

function Filter({ name, label, any, options }: { name: string; label: string; any: string; options: SearchOption[] }) {
  return (
    <label className="flex min-w-0 flex-col gap-1 text-sm text-muted">
      {label}
      <select name={name} className={select}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The search page's form, answered on the page itself by lib/browser/search.ts: hidden without JavaScript. */
export function SearchForm({ languages, years }: { languages: SearchOption[]; years: SearchOption[] }) {
  const kinds = SEARCH_KINDS.map((kind) => ({ value: kind, label: t.search.kinds[kind] }));
  return (
    <form
      role="search"
      aria-label={t.search.label}
      action={`${basePath}${SEARCH_PATH}`}
      method="get"
      className="mt-6 noscript:hidden"
    >
      <label htmlFor="search-q" className="block font-medium">
        {t.search.label}
      </label>
      <div className="mt-2 flex max-w-2xl gap-2">
        <input
          id="search-q"
          type="search"
          name="q"
          autoComplete="off"
          enterKeyHint="search"
          className="h-11 min-w-0 flex-1 rounded-lg border border-line bg-surface px-4 text-ink focus-visible:border-accent"
        />
        <button
          type="submit"
          className="inline-flex h-11 items-center gap-2 rounded-lg bg-accent px-4 font-semibold text-on-accent hover:bg-accent-strong sm:px-5"
        >
          <SearchIcon />
          <span className="sr-only sm:not-sr-only">{t.search.submit}</span>
        </button>
      </div>
      <fieldset className="mt-4 grid max-w-2xl grid-cols-2 gap-3 sm:grid-cols-3">
        <legend className="sr-only">{t.search.narrow}</legend>
        <Filter name={SEARCH_FILTERS.kind} label={t.search.kind} any={t.search.anyKind} options={kinds} />
        {languages.length > 1 && (
          <Filter
            name={SEARCH_FILTERS.language}
            label={t.search.language}
            any={t.search.anyLanguage}
            options={languages}
          />
        )}
        {years.length > 1 && (
          <Filter name={SEARCH_FILTERS.year} label={t.search.year} any={t.search.anyYear} options={years} />
        )}
      </fieldset>
    </form>
  );
}
