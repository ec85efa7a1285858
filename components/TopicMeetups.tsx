import Link from "next/link";
import { t } from "@/lib/i18n";
import type { Topic } from "@/lib/site/meetups";
import { TOPIC_PAGE_SIZE, topicPages } from "@/lib/site/talks";
import { topicPath } from "@/lib/site/urls";
import { MeetupListItem } from "./MeetupListItem";

/** A topic's meetups, newest first, a page of them at a time, with links to the topic's other pages. */
export function TopicMeetups({ topic, page }: { topic: Topic; page: number }) {
  const pages = topicPages(topic);
  const shown = topic.meetups.slice((page - 1) * TOPIC_PAGE_SIZE, page * TOPIC_PAGE_SIZE);
  const nav =
    pages > 1 ? (
      <nav aria-label={t.topic.pages} className="mt-4">
        <ul className="flex flex-wrap gap-x-1.5 gap-y-1 font-mono text-sm">
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
            <li key={n}>
              <Link
                href={topicPath(topic.slug, n)}
                aria-label={t.topic.page(n)}
                aria-current={n === page ? "page" : undefined}
                className="rounded px-1.5 py-0.5 aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-ink aria-[current=page]:no-underline"
              >
                {n}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    ) : null;
  return (
    <>
      <h1 className="font-mono text-3xl font-bold tracking-tight">
        <span dir="auto">#{topic.name}</span>
      </h1>
      <p className="mt-2 text-muted">{t.topic.count(topic.meetups.length)}</p>
      {nav}
      <div className="mt-6 divide-y divide-line">
        {shown.map((m) => (
          <MeetupListItem key={m.slug} meetup={m} headingLevel={2} />
        ))}
      </div>
    </>
  );
}
