import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { SpeakerAvatar } from "@/components/SpeakerAvatar";
import { allSpeakers, talksBy } from "@/lib/site/meetups";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";
import { speakerPath } from "@/lib/site/urls";

export const metadata: Metadata = pageMetadata({
  title: t.speakers.title,
  description: t.speakers.description(site.name),
  path: "/speakers/",
});

export default function SpeakersPage() {
  const speakers = allSpeakers();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t.speakers.title}</h1>
      <p className="mt-2 text-muted">{t.speakers.intro}</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {speakers.map((s) => (
          <li key={s.slug}>
            <Link
              href={speakerPath(s.slug)}
              className="flex h-full items-center gap-4 rounded-xl border border-line bg-surface p-4 no-underline hover:border-accent"
            >
              <SpeakerAvatar speaker={s} />
              <span className="min-w-0">
                <span className="block font-semibold text-ink">
                  <span dir="auto">{s.name}</span>
                </span>
                {s.role && (
                  <span className="block text-sm text-muted">
                    <span dir="auto" lang={s.language}>
                      {s.role}
                    </span>
                  </span>
                )}
                <span className="block text-sm text-muted">{t.speakers.talks(talksBy(s.slug).length)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
