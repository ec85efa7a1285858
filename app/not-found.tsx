import Link from "next/link";
import { PROPOSE_PATH } from "@/lib/urls";

export default function NotFound() {
  return (
    <section aria-labelledby="nf" className="max-w-prose">
      <p className="font-mono text-sm font-semibold text-accent">404</p>
      <h1 id="nf" className="mt-2 text-3xl font-bold tracking-tight">
        This page isn&apos;t here
      </h1>
      <p className="mt-3">
        It may have moved when the site did. Every meetup, with its slides and videos, is in the archive.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-5">
        <li>
          <Link href="/">The next meetup</Link>
        </li>
        <li>
          <Link href="/meetups/">All meetups, by year</Link>
        </li>
        <li>
          <Link href="/speakers/">Speakers</Link>
        </li>
        <li>
          <Link href={PROPOSE_PATH}>Propose a talk</Link>
        </li>
      </ul>
    </section>
  );
}
