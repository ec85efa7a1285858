import Link from "next/link";
import { EmptyState } from "@/components/EmptyState";
import { MeetupListItem } from "@/components/MeetupListItem";
import { NextMeetup } from "@/components/NextMeetup";
import { pastMeetups, upcomingMeetups } from "@/lib/meetups";
import { site } from "@/lib/site";

export default function HomePage() {
  const now = new Date();
  const [next, ...later] = upcomingMeetups(now);
  const recent = pastMeetups(now).slice(0, site.homePastCount);
  return (
    <>
      <section className="mb-8 sm:mb-10">
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{site.tagline}</h1>
        <p className="mt-3 max-w-prose text-lg text-muted">{site.description}</p>
      </section>

      {next ? <NextMeetup meetup={next} /> : <EmptyState />}

      {later.length > 0 && (
        <section className="mt-12" aria-labelledby="later">
          <h2 id="later" className="text-xl font-bold">
            Also coming up
          </h2>
          <div className="mt-2 divide-y divide-line">
            {later.map((m) => (
              <MeetupListItem key={m.slug} meetup={m} />
            ))}
          </div>
        </section>
      )}

      {recent.length > 0 && (
        <section className="mt-12" aria-labelledby="recent">
          <h2 id="recent" className="text-xl font-bold">
            Recent meetups
          </h2>
          <div className="mt-2 divide-y divide-line">
            {recent.map((m) => (
              <MeetupListItem key={m.slug} meetup={m} />
            ))}
          </div>
          <p className="mt-4">
            <Link href="/meetups/" className="font-medium">
              All meetups, with slides and videos →
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
