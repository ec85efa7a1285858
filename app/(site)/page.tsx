import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/EmptyState";
import { MeetupListItem } from "@/components/MeetupListItem";
import { NextMeetup } from "@/components/NextMeetup";
import { builtAt } from "@/lib/site/built-at";
import { homeMeetups, type Meetup } from "@/lib/site/meetups";
import { pageMetadata } from "@/lib/site/metadata";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";

export const metadata: Metadata = pageMetadata({ path: "/" });

/** Shown or hidden by the live-time script as meetups start and end. */
function HomeItem({
  group,
  slug,
  shown,
  children,
}: {
  group: string;
  slug: string;
  shown: boolean;
  children: ReactNode;
}) {
  return (
    <div
      data-home-item={`${group} ${slug}`}
      hidden={!shown}
      className={group === "lead" ? undefined : "border-b border-line"}
    >
      {children}
    </div>
  );
}

/** A list of meetups that the live-time script may grow or shrink; hidden while empty. */
function HomeList({
  id,
  title,
  meetups,
  shown,
  children,
}: {
  id: "later" | "off" | "recent";
  title: string;
  meetups: Meetup[];
  shown: string[];
  children?: ReactNode;
}) {
  return (
    <section className="mt-12" aria-labelledby={id} data-home-section={id} hidden={shown.length === 0}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-2">
        {meetups.map((m) => (
          <HomeItem key={m.slug} group={id} slug={m.slug} shown={shown.includes(m.slug)}>
            <MeetupListItem meetup={m} />
          </HomeItem>
        ))}
      </div>
      {children}
    </section>
  );
}

export default function HomePage() {
  const { leads, off, recent, plan, data } = homeMeetups(site.homePastMeetups, builtAt);

  return (
    <div data-home={JSON.stringify(data)}>
      <section className="mb-8 sm:mb-10">
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
          <span dir="auto">{site.tagline}</span>
        </h1>
        <p className="mt-3 max-w-prose text-lg text-muted" dir="auto">
          {site.description}
        </p>
      </section>

      {leads.map((m) => (
        <HomeItem key={m.slug} group="lead" slug={m.slug} shown={plan.lead === m.slug}>
          <NextMeetup meetup={m} builtAt={builtAt} />
        </HomeItem>
      ))}
      <div data-home-section="empty" hidden={plan.lead !== undefined}>
        <EmptyState />
      </div>

      <HomeList id="later" title={t.home.later} meetups={leads} shown={plan.later} />
      {/* Apart from what is coming, after it: whoever planned to come finds out, and no one takes one for the next. */}
      <HomeList id="off" title={t.home.off} meetups={off} shown={plan.off} />
      <HomeList id="recent" title={t.home.recent} meetups={recent} shown={plan.recent}>
        <p className="mt-4">
          <Link href="/meetups/" className="font-medium">
            {t.home.archive}
          </Link>
        </p>
      </HomeList>
    </div>
  );
}
