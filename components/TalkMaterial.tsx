import { cn } from "@/lib/cn";
import { t } from "@/lib/i18n";
import type { Slot } from "@/lib/meetups";
import { assetPath } from "@/lib/urls";

/** A talk's slides and video, when it has them. */
export function TalkMaterial({ slot, className }: { slot: Slot; className?: string }) {
  if (!slot.slides && !slot.video) return null;
  // Slides may be a PDF on this site (a path under public/).
  const slides = slot.slides?.startsWith("/") ? assetPath(slot.slides) : slot.slides;
  return (
    <p className={cn("flex gap-4 text-sm font-medium", className)} data-pagefind-ignore>
      {slides && (
        <a href={slides} aria-label={t.schedule.slidesFor(slot.title)}>
          {t.schedule.slides}
        </a>
      )}
      {slot.video && (
        <a href={slot.video} aria-label={t.schedule.videoOf(slot.title)}>
          {t.schedule.video}
        </a>
      )}
    </p>
  );
}
