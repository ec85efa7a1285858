import { buildTalkCalendar, hasTalkCalendar } from "@/lib/outputs/calendar";
import { allTalks, getMeetup, speakersOf } from "@/lib/site/meetups";
import { pageParam, PLACEHOLDER } from "@/lib/site/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  const talks = allTalks()
    .filter(({ meetup, slot }) => hasTalkCalendar(meetup, slot))
    .map(({ meetup, slot }) => ({ slug: meetup.slug, anchor: slot.anchor ?? "" }));
  // Next's export refuses a dynamic route with no paths (lib/site/static-params.ts).
  return talks.length > 0 ? talks : [{ slug: PLACEHOLDER, anchor: PLACEHOLDER }];
}

/** One talk's calendar file, linked beside the talk in its meetup's schedule. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; anchor: string }> }) {
  const meetup = getMeetup(await pageParam(params, "slug"));
  const anchor = await pageParam(params, "anchor");
  const slot = meetup?.schedule.find((s) => s.anchor === anchor);
  if (!meetup || !slot || !hasTalkCalendar(meetup, slot)) return new Response("Not found", { status: 404 });
  const calendar = buildTalkCalendar(meetup, slot, speakersOf(slot));
  return new Response(calendar.toString(), { headers: { "content-type": "text/calendar; charset=utf-8" } });
}
