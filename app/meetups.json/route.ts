import { builtAt } from "@/lib/site/built-at";
import { catalog } from "@/lib/site/meetups";
import { jsonResponse, meetupsFile } from "@/lib/outputs/open-data";

export const dynamic = "force-static";

/** Every published meetup as open data (docs/data.md), upcoming first as of the build. */
export function GET() {
  return jsonResponse(meetupsFile(catalog, new Date(builtAt)));
}
