import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { allMeetups, getMeetup, meetupsByYear } from "@/lib/site/meetups";
import { pageParam, staticParams } from "@/lib/site/static-params";
import { MeetupPage, meetupMetadata } from "./meetup";
import { YearPage, yearMetadata } from "./year";

// Meetups' pages and the archive's years share /meetups/: the gate refuses a meetup file named like a year.

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("slug", [...allMeetups().map((m) => m.slug), ...meetupsByYear().map((y) => String(y.year))]);
}

async function find(params: Props["params"]) {
  const param = await pageParam(params, "slug");
  const meetup = getMeetup(param);
  const year = meetup ? undefined : meetupsByYear().find((y) => String(y.year) === param);
  return { meetup, year };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meetup, year } = await find(params);
  if (meetup) return meetupMetadata(meetup);
  return year ? yearMetadata(year.year) : {};
}

export default async function Page({ params }: Props) {
  const { meetup, year } = await find(params);
  if (meetup) return <MeetupPage meetup={meetup} />;
  if (year) return <YearPage year={year.year} meetups={year.meetups} />;
  notFound();
}
