import { builtAt } from "@/lib/build-time";
import { feedResponse } from "@/lib/feeds";
import { allMeetups, meetupSpeakers } from "@/lib/meetups";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("json", allMeetups(), meetupSpeakers, new Date(builtAt));
}
