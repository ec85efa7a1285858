import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TalkArchive } from "@/components/TalkArchive";
import { t } from "@/lib/i18n";
import { talksByYear } from "@/lib/site/meetups";
import { pageMetadata } from "@/lib/site/metadata";
import { site } from "@/lib/site/config";
import { pageParam, staticParams } from "@/lib/site/static-params";
import { meetupCount } from "@/lib/site/talks";
import { talksYearPath } from "@/lib/site/urls";

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    "year",
    talksByYear().map((y) => String(y.year)),
  );
}

async function yearOf(params: Props["params"]) {
  const param = await pageParam(params, "year");
  return talksByYear().find((y) => String(y.year) === param);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await yearOf(params);
  if (!found) return {};
  return pageMetadata({
    title: t.talks.yearTitle(found.year),
    description: t.talks.yearDescription(site.name, found.year),
    path: talksYearPath(found.year),
  });
}

export default async function TalksYearPage({ params }: Props) {
  const found = await yearOf(params);
  if (!found) notFound();
  return (
    <TalkArchive
      title={t.talks.yearTitle(found.year)}
      summary={t.talks.count(found.talks.length, meetupCount(found.talks))}
      shown={[found]}
      year={found.year}
    />
  );
}
