import { buildCalendar } from "@/lib/calendar";
import { allMeetups, getMeetup, meetupSpeakers } from "@/lib/meetups";
import { staticParams } from "@/lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    "slug",
    allMeetups().map((m) => m.slug),
  );
}

/** One meetup, to add to a calendar. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const meetup = getMeetup((await params).slug);
  if (!meetup) return new Response("Not found", { status: 404 });
  return new Response(buildCalendar([meetup], meetupSpeakers, meetup.title).toString(), {
    headers: { "content-type": "text/calendar; charset=utf-8" },
  });
}
