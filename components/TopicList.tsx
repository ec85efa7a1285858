import Link from "next/link";
import { t } from "@/lib/i18n";
import { topicSlug } from "@/lib/site/catalog";
import { topicPath } from "@/lib/site/urls";

export function TopicList({ topics }: { topics: string[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t.meetup.topics}>
      {topics.map((topic) => (
        <li key={topic}>
          <Link
            href={topicPath(topicSlug(topic))}
            className="inline-block rounded-full border border-line bg-surface px-3 py-1 font-mono text-sm text-ink no-underline hover:border-accent"
          >
            <span dir="auto">#{topic}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
