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

// A topic's meetups (/topics/<topic>/), and further pages (/topics/<topic>/2/, ...) when it has more than a page holds.

type Props = { params: Promise<{ topic: string; page?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const params = allTopics().flatMap((topic) =>
    Array.from({ length: topicPages(topic) }, (_, i) => ({ topic: topic.slug, page: i === 0 ? [] : [String(i + 1)] })),
  );
  // See lib/site/static-params.ts: a site with no topics yet gets a placeholder, answered with 404.
  return params.length > 0 ? params : [{ topic: PLACEHOLDER, page: [] }];
}

async function find(params: Props["params"]) {
  const topic = getTopic(await pageParam(params, "topic"));
  const { page: rest = [] } = await params;
  const page = rest.length === 0 ? 1 : rest.length === 1 && rest[0] !== "1" ? Number(rest[0]) : NaN;
  return topic && Number.isInteger(page) && page >= 1 && page <= topicPages(topic) ? { topic, page } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { topic, page } = found;
  return pageMetadata({
    title: page > 1 ? `#${topic.name} · ${t.topic.page(page)}` : `#${topic.name}`,
    description: t.topic.description(site.name, topic.name),
    path: topicPath(topic.slug, page),
  });
}

export default async function TopicPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  return <TopicMeetups topic={found.topic} page={found.page} />;
}
