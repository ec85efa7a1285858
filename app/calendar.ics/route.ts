import { buildCalendar } from "@/lib/outputs/calendar";
import { allMeetups, meetupSpeakers } from "@/lib/site/meetups";
import { site } from "@/lib/site/config";
import { t } from "@/lib/i18n";

export const dynamic = "force-static";

/** Every meetup, past ones included: the feed people subscribe to once. */
export function GET() {
  const calendar = buildCalendar(allMeetups(), meetupSpeakers, t.calendar.name(site.name));
  return new Response(calendar.toString(), { headers: { "content-type": "text/calendar; charset=utf-8" } });
}
