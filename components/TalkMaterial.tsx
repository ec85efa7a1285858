import type { Slot } from "@/lib/meetups";
import { cn } from "@/lib/cn";

/** A talk's slides and video, when it has them. */
export function TalkMaterial({ slot, className }: { slot: Slot; className?: string }) {
  if (!slot.slides && !slot.video) return null;
  return (
    <p className={cn("flex gap-4 text-sm font-medium", className)}>
      {slot.slides && (
        <a href={slot.slides}>
          Slides<span className="sr-only"> for {slot.title}</span>
        </a>
      )}
      {slot.video && (
        <a href={slot.video}>
          Video<span className="sr-only"> of {slot.title}</span>
        </a>
      )}
    </p>
  );
}
