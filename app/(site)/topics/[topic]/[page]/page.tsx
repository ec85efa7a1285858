import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicMeetups } from "@/components/TopicMeetups";
import { t } from "@/lib/i18n";
import { allTopics, getTopic } from "@/lib/site/meetups";
import { pageMetadata } from "@/lib/site/metadata";
import { site } from "@/lib/site/config";
import { pageParam, PLACEHOLDER } from "@/lib/site/static-params";
import { topicPages } from "@/lib/site/talks";
import { topicPath } from "@/lib/site/urls";

// A topic's further pages (/topics/<topic>/2/, ...), for a topic with more meetups than a page holds.

type Props = { params: Promise<{ topic: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const params = allTopics().flatMap((topic) =>
    Array.from({ length: topicPages(topic) - 1 }, (_, i) => ({ topic: topic.slug, page: String(i + 2) })),
  );
  // See lib/site/static-params.ts: a site whose topics all fit one page gets a placeholder, answered with 404.
  return params.length > 0 ? params : [{ topic: PLACEHOLDER, page: PLACEHOLDER }];
}

async function find(params: Props["params"]) {
  const topic = getTopic(await pageParam(params, "topic"));
  const page = Number(await pageParam(params, "page"));
  return topic && Number.isInteger(page) && page >= 2 && page <= topicPages(topic) ? { topic, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  return pageMetadata({
    title: `#${found.topic.name} · ${t.topic.page(found.page)}`,
    description: t.topic.description(site.name, found.topic.name),
    path: topicPath(found.topic.slug, found.page),
  });
}

export default async function TopicPageN({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  return <TopicMeetups topic={found.topic} page={found.page} />;
}
