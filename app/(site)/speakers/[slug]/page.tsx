import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditLink } from "@/components/EditLink";
import { pageParam, staticParams } from "@/lib/site/static-params";
import { SpeakerAvatar } from "@/components/SpeakerAvatar";
import { SpeakerLinks } from "@/components/SpeakerLinks";
import { TalkListItem } from "@/components/TalkListItem";
import { allSpeakers, getSpeaker, talksBy } from "@/lib/site/meetups";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";
import { SearchIndexData } from "@/components/SearchIndexData";
import { speakerSearchData } from "@/lib/outputs/search-data";
import { pageMetadata } from "@/lib/site/metadata";
import { jsonLdText, personJsonLd } from "@/lib/outputs/structured-data";
import { speakerPath } from "@/lib/site/urls";
import { speakerPreview } from "@/lib/outputs/previews";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    "slug",
    allSpeakers().map((s) => s.slug),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const speaker = getSpeaker(await pageParam(params, "slug"));
  if (!speaker) return {};
  return pageMetadata({
    title: speaker.name,
    description: t.speakers.about(speaker.name, site.name, speaker.role),
    path: speakerPath(speaker.slug),
    type: "profile",
    preview: {
      page: speakerPath(speaker.slug),
      alt: t.preview.speakerAlt,
      card: speakerPreview(speaker, talksBy(speaker.slug).length),
    },
  });
}

export default async function SpeakerPage({ params }: Props) {
  const speaker = getSpeaker(await pageParam(params, "slug"));
  if (!speaker) notFound();
  const talks = talksBy(speaker.slug);
  // The search index (lib/outputs/search-index.ts) reads this article: who they are and what they spoke about.
  return (
    <article data-pagefind-body>
      <SearchIndexData data={speakerSearchData(speaker, talks)} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(personJsonLd(speaker)) }} />
      <nav aria-label={t.breadcrumb} className="text-sm text-muted">
        <Link href="/speakers/">{t.speakers.title}</Link>
      </nav>
      <header className="mt-4 flex flex-col gap-5 sm:flex-row sm:items-center">
        <SpeakerAvatar speaker={speaker} size="lg" />
        <div>
          <h1 className="text-3xl font-bold tracking-tight" data-pagefind-ignore>
            <span dir="auto">{speaker.name}</span>
          </h1>
          {speaker.role && (
            <p className="mt-1 text-lg text-muted">
              <span dir="auto" lang={speaker.language}>
                {speaker.role}
              </span>
            </p>
          )}
          <div className="mt-3">
            <SpeakerLinks speaker={speaker} />
          </div>
        </div>
      </header>
      {speaker.bioHtml && (
        <div
          className="prose-site mt-8"
          lang={speaker.language}
          dangerouslySetInnerHTML={{ __html: speaker.bioHtml }}
        />
      )}
      <section className="mt-10" aria-labelledby="talks">
        <h2 id="talks" className="text-xl font-bold" data-pagefind-ignore>
          {t.speakers.talksAt(site.name)}
        </h2>
        {talks.length === 0 ? (
          <p className="mt-3 text-muted">{t.speakers.none}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line">
            {talks.map((talk) => (
              <TalkListItem key={`${talk.meetup.slug}#${talk.slot.anchor ?? talk.slot.start}`} talk={talk} />
            ))}
          </ul>
        )}
      </section>
      <EditLink sourcePath={speaker.sourcePath} />
    </article>
  );
}
