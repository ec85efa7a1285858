import { builtAt } from "@/lib/site/built-at";
import { feedResponse } from "@/lib/outputs/feeds";
import { allMeetups, meetupSpeakers } from "@/lib/site/meetups";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("rss", allMeetups(), meetupSpeakers, new Date(builtAt));
}
