import { builtAt } from "@/lib/site/built-at";
import { catalog } from "@/lib/site/meetups";
import { jsonResponse, speakersFile } from "@/lib/outputs/open-data";

export const dynamic = "force-static";

/** Every speaker, with their talks, as open data (docs/data.md). */
export function GET() {
  return jsonResponse(speakersFile(catalog, new Date(builtAt)));
}
