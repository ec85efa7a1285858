import { absoluteUrl, OPEN_DATA } from "@/lib/site/urls";
import { jsonResponse, meetupsSchema } from "@/lib/outputs/open-data";

export const dynamic = "force-static";

/** The JSON Schema of /meetups.json. */
export function GET() {
  return jsonResponse({ $id: absoluteUrl(OPEN_DATA.meetupsSchema), ...meetupsSchema });
}
