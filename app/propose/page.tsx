import type { Metadata } from "next";
import { ButtonLink } from "@/components/ButtonLink";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { PROPOSE_PATH, talkProposalFormUrl } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Propose a talk",
  description: `Give a talk at ${site.name}: what the group looks for and how to offer one.`,
  path: PROPOSE_PATH,
});

export default function ProposePage() {
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold tracking-tight">Propose a talk</h1>
      <p className="mt-3 text-lg text-muted">
        {site.name} runs on talks from its own community. If you have built, fixed, measured or debugged something in or
        around the Linux kernel, people here want to hear about it.
      </p>

      <section className="mt-8" aria-labelledby="what">
        <h2 id="what" className="text-xl font-bold">
          What we look for
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          <li>Kernel internals, drivers, memory management, scheduling, networking, file systems, security.</li>
          <li>War stories: a bug you chased, a regression you bisected, a performance cliff you climbed.</li>
          <li>Tools and practice: tracing, eBPF, debugging, testing, upstreaming your first patch.</li>
          <li>30 to 45 minutes, or a 15-minute short talk; in Hebrew or in English.</li>
        </ul>
      </section>

      <section className="mt-8" aria-labelledby="how">
        <h2 id="how" className="text-xl font-bold">
          How it works
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-5">
          <li>Fill in the short form: a title, an abstract and a few words about you.</li>
          <li>An organizer answers on the same page, usually within a week, and suggests a date.</li>
          <li>We put your talk and your speaker page on the site, and help with slides and a dry run if you like.</li>
        </ol>
        <p className="mt-3">First-time speakers are very welcome: most of our speakers started here.</p>
      </section>

      <div className="mt-8 flex flex-wrap items-center gap-x-5 gap-y-3">
        <ButtonLink href={talkProposalFormUrl}>Open the proposal form</ButtonLink>
        <a href={site.group.url}>Or message the organizers on {site.group.name}</a>
      </div>
      <p className="mt-3 text-sm text-muted">
        The form is a GitHub issue in the site&apos;s repository; it needs a GitHub account.
      </p>
    </article>
  );
}
