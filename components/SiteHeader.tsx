import Link from "next/link";
import { t } from "@/lib/i18n";
import { SEARCH_PATH } from "@/lib/site/search-filters";
import { site } from "@/lib/site/config";
import { basePath } from "@/lib/site/urls";
import { SearchIcon } from "./SearchIcon";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="group flex items-baseline gap-2 no-underline">
          {site.mark && (
            <span aria-hidden="true" className="font-mono text-lg font-bold text-accent" dir="ltr">
              {site.mark}
            </span>
          )}
          <span dir="auto" className="text-lg font-bold tracking-tight text-ink">
            {site.name}
          </span>
          <span dir="auto" className="hidden text-sm text-muted lg:inline">
            {site.tagline}
          </span>
        </Link>
        <nav aria-label={t.nav.label} className="ms-auto">
          <ul className="flex gap-1 text-sm font-medium">
            {(["meetups", "talks", "speakers"] as const).map((section) => (
              <li key={section}>
                <Link href={`/${section}/`} className="rounded-md px-3 py-2 text-ink no-underline hover:bg-accent-soft">
                  {t.nav[section]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* A plain form: the search page does the searching (lib/browser/search.ts), so no page
            but that one carries search code. The search page hides this one (globals.css). */}
        <form
          role="search"
          aria-label={t.search.label}
          action={`${basePath}${SEARCH_PATH}`}
          method="get"
          className="flex w-full sm:w-56"
          data-site-search
        >
          <label htmlFor="site-search" className="sr-only">
            {t.search.label}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            placeholder={t.search.placeholder}
            autoComplete="off"
            enterKeyHint="search"
            className="h-9 min-w-0 flex-1 rounded-s-lg border border-e-0 border-line bg-page px-3 text-sm text-ink placeholder:text-muted"
          />
          <button
            type="submit"
            className="flex h-9 w-10 items-center justify-center rounded-e-lg border border-line bg-page text-muted hover:text-accent"
          >
            <SearchIcon />
            <span className="sr-only">{t.search.submit}</span>
          </button>
        </form>
      </div>
    </header>
  );
}
