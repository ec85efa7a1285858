import { cn } from "@/lib/site/cn";
import { t, talkDirection, talkLanguage } from "@/lib/i18n";
import type { Meetup, Slot } from "@/lib/content/schema";
import { recordingService } from "@/lib/site/recordings";

/**
 * A recording that loads nothing from its service until the visitor presses play (lib/browser/video.ts), so the
 * poster is drawn here, not fetched. Until it is a button it stays out of the way of the keyboard and screen
 * readers, which have the link beside it (components/TalkMaterial.tsx).
 */
export function VideoFacade({
  slot,
  meetup,
  className,
}: {
  slot: Slot;
  meetup: Pick<Meetup, "language">;
  className?: string;
}) {
  const recording = slot.recording;
  if (!recording?.embed || !recording.watch) return null;
  const service = recordingService(recording);
  return (
    <div className={cn("max-w-lg", className)}>
      <div
        className="relative aspect-video overflow-hidden rounded-lg bg-[#15181d] [&>*]:absolute [&>*]:inset-0 [&>*]:size-full [&>iframe]:border-0"
        data-video={recording.embed}
        data-video-title={t.video.frame(slot.title)}
        data-video-play={t.video.play(slot.title)}
      >
        <a
          href={recording.watch}
          tabIndex={-1}
          aria-hidden="true"
          className="group flex cursor-pointer flex-col items-center justify-center gap-3 bg-linear-to-br from-[#2a2f38] to-[#0f1115] p-4 text-center text-white no-underline focus-visible:-outline-offset-4 focus-visible:outline-white sm:p-5"
        >
          {/* A play sign points right in any language: it is the tape's direction, not the text's. */}
          <span className="flex size-14 items-center justify-center rounded-full bg-white text-[#15181d] shadow-lg transition-transform group-hover:scale-110 sm:size-16">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 translate-x-0.5" fill="currentColor">
              <path d="M7 4.5v15l13-7.5z" />
            </svg>
          </span>
          {/* The button's name ("Play the recording of <title>") holds all the text it shows. */}
          <span
            className="line-clamp-2 text-base leading-snug font-semibold sm:text-lg"
            lang={talkLanguage(slot, meetup)}
            dir={talkDirection(slot, meetup)}
          >
            {slot.title}
          </span>
        </a>
      </div>
      <p className="mt-1.5 text-xs text-muted" data-pagefind-ignore>
        {t.video.loadsFrom(service)}
      </p>
    </div>
  );
}
