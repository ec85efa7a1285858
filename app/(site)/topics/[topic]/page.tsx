import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageParam, staticParams } from "@/lib/site/static-params";
import { TopicMeetups } from "@/components/TopicMeetups";
import { allTopics, getTopic } from "@/lib/site/meetups";
import { pageMetadata } from "@/lib/site/metadata";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";
import { topicPath } from "@/lib/site/urls";

type Props = { params: Promise<{ topic: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    "topic",
    allTopics().map((t) => t.slug),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic(await pageParam(params, "topic"));
  return topic
    ? pageMetadata({
        title: `#${topic.name}`,
        description: t.topic.description(site.name, topic.name),
        path: topicPath(topic.slug),
      })
    : {};
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic(await pageParam(params, "topic"));
  if (!topic) notFound();
  return <TopicMeetups topic={topic} page={1} />;
}
