import type { Metadata } from "next";
import Link from "next/link";
import { EmbedCard } from "@/components/EmbedCard";
import { builtAt } from "@/lib/site/built-at";
import { t } from "@/lib/i18n";
import { homeMeetups } from "@/lib/site/meetups";
import { site } from "@/lib/site/config";

export const metadata: Metadata = { title: t.embed.frameTitle(site.name) };

/**
 * The next meetup (or else the last) as a card for another site's iframe, arranged like the home page's lead so
 * that the live-time module moves on to the next meetup as each one ends.
 */
export default function EmbedNextPage() {
  // One called off is never the card's meetup, next or last; once every upcoming one is over, the newest is the last.
  const { leads: happening, recent: lastCandidates, plan, data } = homeMeetups(1, builtAt);
  return (
    // The card's own box, colours and all: the page around it is the other site's, whatever its colours.
    // Named, as the page framing it may have a main landmark of its own.
    <main
      data-home={JSON.stringify(data)}
      aria-label={t.embed.frameTitle(site.name)}
      className="rounded-xl border border-line bg-surface p-4"
    >
      {happening.map((m) => (
        <div key={m.slug} data-home-item={`lead ${m.slug}`} hidden={plan.lead !== m.slug}>
          <EmbedCard meetup={m} builtAt={builtAt} />
        </div>
      ))}
      <div data-home-section="empty" hidden={plan.lead !== undefined}>
        <p className="mb-2 text-sm text-muted">
          {lastCandidates.length > 0 ? (
            t.embed.lastOne
          ) : (
            <>
              {t.home.empty.title}:{" "}
              <Link href="/" target="_top">
                {site.name}
              </Link>
            </>
          )}
        </p>
        {lastCandidates.map((m) => (
          <div key={m.slug} data-home-item={`recent ${m.slug}`} hidden={!plan.recent.includes(m.slug)}>
            <EmbedCard meetup={m} builtAt={builtAt} />
          </div>
        ))}
      </div>
    </main>
  );
}
