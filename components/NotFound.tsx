import Link from "next/link";
import { t } from "@/lib/i18n";
import { PROPOSE_PATH } from "@/lib/site/urls";

/** What a visitor sees at an address the site has no page for. */
export function NotFound() {
  return (
    <section aria-labelledby="nf" className="max-w-prose">
      <p className="font-mono text-sm font-semibold text-accent">404</p>
      <h1 id="nf" className="mt-2 text-3xl font-bold tracking-tight">
        {t.notFound.title}
      </h1>
      <p className="mt-3">{t.notFound.text}</p>
      <ul className="mt-6 list-disc space-y-2 ps-5">
        <li>
          <Link href="/">{t.notFound.next}</Link>
        </li>
        <li>
          <Link href="/meetups/">{t.notFound.archive}</Link>
        </li>
        <li>
          <Link href="/speakers/">{t.speakers.title}</Link>
        </li>
        <li>
          <Link href={PROPOSE_PATH}>{t.footer.propose}</Link>
        </li>
      </ul>
    </section>
  );
}
