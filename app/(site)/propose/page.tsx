import type { Metadata } from "next";
import { ButtonLink } from "@/components/ButtonLink";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { site } from "@/lib/site/config";
import Link from "next/link";
import { codeOfConduct } from "@/lib/site/code-of-conduct";
import { CODE_OF_CONDUCT_PATH, PROPOSE_PATH, talkProposalFormUrl } from "@/lib/site/urls";

export const metadata: Metadata = pageMetadata({
  title: t.propose.title,
  description: t.propose.description(site.name),
  path: PROPOSE_PATH,
});

export default function ProposePage() {
  const [beforeLink, afterLink] = t.propose.conduct.split("{link}");
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold tracking-tight">{t.propose.title}</h1>
      <p className="mt-3 text-lg text-muted">{t.propose.intro(site.name)}</p>

      {site.proposalsHtml && (
        <section className="mt-8" aria-labelledby="what">
          <h2 id="what" className="text-xl font-bold">
            {t.propose.lookFor}
          </h2>
          {/* The group's own words, from its settings (site.yml's proposals, Markdown). */}
          <div className="prose-site mt-3" dangerouslySetInnerHTML={{ __html: site.proposalsHtml }} />
        </section>
      )}

      <section className="mt-8" aria-labelledby="how">
        <h2 id="how" className="text-xl font-bold">
          {t.propose.how}
        </h2>
        <ol className="mt-3 list-decimal space-y-2 ps-5">
          {t.propose.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="mt-3">{t.propose.welcome}</p>
        {codeOfConduct() && (
          <p className="mt-3">
            {beforeLink}
            {/* In a line of text, a link is underlined, not told by its colour alone. */}
            <Link href={CODE_OF_CONDUCT_PATH} className="underline">
              {t.propose.conductLink}
            </Link>
            {afterLink}
          </p>
        )}
      </section>

      <div className="mt-8 flex flex-wrap items-center gap-x-5 gap-y-3">
        <ButtonLink href={talkProposalFormUrl}>{t.propose.form}</ButtonLink>
        <a href={site.rsvp.url}>{t.propose.message(site.rsvp.service)}</a>
      </div>
      <p className="mt-3 text-sm text-muted">{t.propose.formNote}</p>
    </article>
  );
}
