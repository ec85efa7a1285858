import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageParam, staticParams } from "@/lib/static-params";
import { MeetupListItem } from "@/components/MeetupListItem";
import { allTopics, getTopic } from "@/lib/meetups";
import { pageMetadata } from "@/lib/metadata";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site";
import { topicPath } from "@/lib/urls";

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
  return (
    <>
      <h1 className="font-mono text-3xl font-bold tracking-tight">
        <span dir="auto">#{topic.name}</span>
      </h1>
      <p className="mt-2 text-muted">{t.topic.count(topic.meetups.length)}</p>
      <div className="mt-6 divide-y divide-line">
        {topic.meetups.map((m) => (
          <MeetupListItem key={m.slug} meetup={m} headingLevel={2} />
        ))}
      </div>
    </>
  );
}
