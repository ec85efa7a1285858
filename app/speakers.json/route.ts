import { builtAt } from "@/lib/build-time";
import { catalog } from "@/lib/meetups";
import { jsonResponse, speakersFile } from "@/lib/open-data";

export const dynamic = "force-static";

/** Every speaker, with their talks, as open data (docs/data.md). */
export function GET() {
  return jsonResponse(speakersFile(catalog, new Date(builtAt)));
}
