import { absoluteUrl, OPEN_DATA } from "@/lib/site/urls";
import { jsonResponse, speakersSchema } from "@/lib/outputs/open-data";

export const dynamic = "force-static";

/** The JSON Schema of /speakers.json. */
export function GET() {
  return jsonResponse({ $id: absoluteUrl(OPEN_DATA.speakersSchema), ...speakersSchema });
}
