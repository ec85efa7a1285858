import type { Metadata } from "next";
import { pageMetadata } from "@/lib/metadata";
import Link from "next/link";
import { SpeakerAvatar } from "@/components/SpeakerAvatar";
import { allSpeakers, talksBy } from "@/lib/meetups";
import { count } from "@/lib/text";
import { speakerPath } from "@/lib/urls";

export const metadata: Metadata = pageMetadata({
  title: "Speakers",
  description: "The people who have spoken at KernelTLV, with their bios and talks.",
  path: "/speakers/",
});

export default function SpeakersPage() {
  const speakers = allSpeakers();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Speakers</h1>
      <p className="mt-2 text-muted">The people who have shared their work with the group.</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {speakers.map((s) => (
          <li key={s.slug}>
            <Link
              href={speakerPath(s.slug)}
              className="flex h-full items-center gap-4 rounded-xl border border-line bg-surface p-4 no-underline hover:border-accent"
            >
              <SpeakerAvatar speaker={s} />
              <span className="min-w-0">
                <span className="block font-semibold text-ink">{s.name}</span>
                {s.role && <span className="block text-sm text-muted">{s.role}</span>}
                <span className="block text-sm text-muted">{count(talksBy(s.slug).length, "talk")}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
