import { ogImage, ogSize } from "@/components/OgCard";
import { allSpeakers, getSpeaker, talksBy } from "@/lib/meetups";
import { staticParams } from "@/lib/static-params";
import { count } from "@/lib/text";

export const dynamic = "force-static";
export const dynamicParams = false;
export const size = ogSize;
export const contentType = "image/png";
export const alt = "The speaker's name, role and talks";

export function generateStaticParams() {
  return staticParams(
    "slug",
    allSpeakers().map((s) => s.slug),
  );
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const speaker = getSpeaker((await params).slug);
  if (!speaker) return ogImage({ kicker: "Speaker", title: "Not found" });
  return ogImage({
    kicker: "Speaker",
    title: speaker.name,
    lines: [speaker.role ?? "", count(talksBy(speaker.slug).length, "talk")].filter(Boolean),
  });
}
