import { buildCalendar } from "@/lib/outputs/calendar";
import { allMeetups, getMeetup, meetupSpeakers } from "@/lib/site/meetups";
import { pageParam, staticParams } from "@/lib/site/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    "slug",
    allMeetups().map((m) => m.slug),
  );
}

/** One meetup's own calendar file, for "Add to calendar". */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const meetup = getMeetup(await pageParam(params, "slug"));
  if (!meetup) return new Response("Not found", { status: 404 });
  const calendar = buildCalendar([meetup], meetupSpeakers, meetup.title);
  return new Response(calendar.toString(), { headers: { "content-type": "text/calendar; charset=utf-8" } });
}
