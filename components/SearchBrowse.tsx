import Link from "next/link";
import { t } from "@/lib/i18n";
import type { Topic } from "@/lib/site/catalog";
import { ARCHIVE_PATH, TALKS_PATH } from "@/lib/site/urls";
import { TopicList } from "./TopicList";

/** The site's lists and frequent topics, until there is a search (always, without JavaScript). */
export function SearchBrowse({ topics }: { topics: Topic[] }) {
  return (
    <section aria-labelledby="browse" className="mt-2" data-search-browse>
      <h2 id="browse" className="text-xl font-semibold">
        {t.search.browse}
      </h2>
      <ul className="mt-3 list-disc space-y-1 ps-6">
        <li>
          <Link href={ARCHIVE_PATH}>{t.search.archive}</Link>
        </li>
        <li>
          <Link href={TALKS_PATH}>{t.search.talks}</Link>
        </li>
        <li>
          <Link href="/speakers/">{t.search.speakers}</Link>
        </li>
      </ul>
      {topics.length > 0 && (
        <>
          <h3 className="mt-6 text-base font-semibold text-muted">{t.search.topics}</h3>
          <div className="mt-2">
            <TopicList topics={topics.map((topic) => topic.name)} />
          </div>
        </>
      )}
    </section>
  );
}
