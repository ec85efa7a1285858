import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";
import { PROPOSE_PATH } from "@/lib/site/urls";
import { ButtonLink } from "./ButtonLink";

/** What the home page says between meetups: honest, and with something to do. */
export function EmptyState() {
  return (
    <section className="rounded-2xl border border-dashed border-line bg-surface p-6 sm:p-8" aria-labelledby="no-meetup">
      <h2 id="no-meetup" className="text-2xl font-bold">
        {t.home.empty.title}
      </h2>
      <p className="mt-3 max-w-prose">{t.home.empty.text(site.city)}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <ButtonLink href={site.rsvp.url}>{t.home.empty.join(site.rsvp.service)}</ButtonLink>
        <ButtonLink href={PROPOSE_PATH} variant="secondary">
          {t.footer.propose}
        </ButtonLink>
      </div>
    </section>
  );
}
