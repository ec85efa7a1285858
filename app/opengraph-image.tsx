import { ogImage, ogSize } from "@/components/OgCard";
import { site } from "@/lib/site";

export const dynamic = "force-static";
export const size = ogSize;
export const contentType = "image/png";
export const alt = `${site.name}: ${site.tagline}`;

export default function Image() {
  return ogImage({ kicker: "Meetups in Tel Aviv", title: site.tagline, lines: [site.url.replace(/^https?:\/\//, "")] });
}
