import Link from "next/link";
import { topicSlug } from "@/lib/meetups";
import { topicPath } from "@/lib/urls";

export function TopicList({ topics }: { topics: string[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Topics">
      {topics.map((t) => (
        <li key={t}>
          <Link
            href={topicPath(topicSlug(t))}
            className="inline-block rounded-full border border-line bg-surface px-3 py-1 font-mono text-sm text-ink no-underline hover:border-accent"
          >
            #{t}
          </Link>
        </li>
      ))}
    </ul>
  );
}
