import { site } from "@/lib/site";
import { PROPOSE_PATH } from "@/lib/urls";
import { ButtonLink } from "./ButtonLink";

/** What the home page says between meetups: honest, and with something to do. */
export function EmptyState() {
  return (
    <section className="rounded-2xl border border-dashed border-line bg-surface p-6 sm:p-8" aria-labelledby="no-meetup">
      <h2 id="no-meetup" className="text-2xl font-bold">
        The next meetup isn&apos;t scheduled yet
      </h2>
      <p className="mt-3 max-w-prose">
        We meet when we have good talks, usually in the evening in Tel Aviv. Join the group to hear about the next one
        first, or tell us about something you have been hacking on: first-time speakers are very welcome.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <ButtonLink href={site.group.url}>Join the group on {site.group.name}</ButtonLink>
        <ButtonLink href={PROPOSE_PATH} variant="secondary">
          Propose a talk
        </ButtonLink>
      </div>
    </section>
  );
}
