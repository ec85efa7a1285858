import { ogImage, ogSize } from "@/components/OgCard";
import { allMeetups, getMeetup, meetupSpeakers } from "@/lib/meetups";
import { staticParams } from "@/lib/static-params";
import { formatDay, formatHours } from "@/lib/time";

export const dynamic = "force-static";
export const dynamicParams = false;
export const size = ogSize;
export const contentType = "image/png";
export const alt = "The meetup's title, date, time and speakers";

export function generateStaticParams() {
  return staticParams(
    "slug",
    allMeetups().map((m) => m.slug),
  );
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const meetup = getMeetup((await params).slug);
  if (!meetup) return ogImage({ kicker: "Meetup", title: "Not found" });
  const { start, end, timeZone } = meetup;
  const speakers = meetupSpeakers(meetup).map((s) => s.name);
  return ogImage({
    kicker: formatDay(start, timeZone),
    title: meetup.title,
    lines: [
      meetup.hasTime ? formatHours(start, end, timeZone) : "",
      speakers.length > 0 ? `With ${speakers.join(", ")}` : "",
    ].filter(Boolean),
  });
}
