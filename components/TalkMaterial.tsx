import { cn } from "@/lib/site/cn";
import { t } from "@/lib/i18n";
import type { Slot } from "@/lib/site/meetups";
import { assetPath } from "@/lib/site/urls";

// Drawn in the text's colour, beside words that say the same: decoration for
// the eye, silent for a screen reader.
const icon = "inline-block size-4 shrink-0";

function SlidesIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={icon} fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="1.75" y="2.25" width="12.5" height="8.5" rx="1" />
      <path d="M8 10.75v3M5.5 13.75h5" strokeLinecap="round" />
    </svg>
  );
}

function PlayIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={icon} fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="8" cy="8" r="6.25" />
      <path d="M6.75 5.5v5l4-2.5z" fill="currentColor" strokeLinejoin="round" />
    </svg>
  );
}

/** "Slides" or "Video", named for the talk (a page lists many), its icon before the word. */
const link = "inline-flex min-h-6 items-center gap-1.5";

/**
 * A talk's slides and recording, when it has them: plain links that work
 * without JavaScript (the meetup page adds a player, components/VideoFacade.tsx).
 */
export function TalkMaterial({ slot, className }: { slot: Slot; className?: string }) {
  if (!slot.slides && !slot.video) return null;
  // Slides may be a PDF on this site (a path under public/).
  const slides = slot.slides?.startsWith("/") ? assetPath(slot.slides) : slot.slides;
  // A known service's own page for the video, in its usual form; else the address as written.
  const video = slot.recording?.watch ?? slot.video;
  return (
    <p className={cn("flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium", className)} data-pagefind-ignore>
      {slides && (
        <a href={slides} aria-label={t.schedule.slidesFor(slot.title)} className={link}>
          <SlidesIcon />
          {t.schedule.slides}
        </a>
      )}
      {video && (
        <a href={video} aria-label={t.schedule.videoOf(slot.title)} className={link}>
          <PlayIcon />
          {t.schedule.video}
        </a>
      )}
    </p>
  );
}
