import { builtAt } from "@/lib/build-time";
import { catalog } from "@/lib/meetups";
import { jsonResponse, meetupsFile } from "@/lib/open-data";

export const dynamic = "force-static";

/** Every published meetup as open data (docs/data.md), upcoming first as of the build. */
export function GET() {
  return jsonResponse(meetupsFile(catalog, new Date(builtAt)));
}
