import { absoluteUrl, OPEN_DATA } from "@/lib/urls";
import { jsonResponse, speakersSchema } from "@/lib/open-data";

export const dynamic = "force-static";

/** The JSON Schema of /speakers.json. */
export function GET() {
  return jsonResponse({ $id: absoluteUrl(OPEN_DATA.speakersSchema), ...speakersSchema });
}
