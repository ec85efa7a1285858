import Link from "next/link";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="group flex items-baseline gap-2 no-underline">
          <span aria-hidden="true" className="font-mono text-lg font-bold text-accent" dir="ltr">
            &gt;_
          </span>
          <bdi className="text-lg font-bold tracking-tight text-ink">{site.name}</bdi>
          <bdi className="hidden text-sm text-muted md:inline">{site.tagline}</bdi>
        </Link>
        <nav aria-label={t.nav.label}>
          <ul className="flex gap-1 text-sm font-medium">
            <li>
              <Link href="/meetups/" className="rounded-md px-3 py-2 text-ink no-underline hover:bg-accent-soft">
                {t.nav.meetups}
              </Link>
            </li>
            <li>
              <Link href="/talks/" className="rounded-md px-3 py-2 text-ink no-underline hover:bg-accent-soft">
                {t.nav.talks}
              </Link>
            </li>
            <li>
              <Link href="/speakers/" className="rounded-md px-3 py-2 text-ink no-underline hover:bg-accent-soft">
                {t.nav.speakers}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
