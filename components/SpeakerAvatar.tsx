import type { Speaker } from "@/lib/site/meetups";
import { cn } from "@/lib/site/cn";
import { assetPath } from "@/lib/site/urls";

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "";
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

const sizes = { sm: "size-10 text-sm", lg: "size-24 text-3xl" } as const;

/** The speaker's photo, or their initials on a calm tile when there is none. */
export function SpeakerAvatar({ speaker, size = "sm" }: { speaker: Speaker; size?: keyof typeof sizes }) {
  const box = cn("shrink-0 rounded-full", sizes[size]);
  if (speaker.photo) {
    const px = size === "lg" ? 96 : 40;
    return <img src={assetPath(speaker.photo)} alt="" width={px} height={px} className={cn(box, "object-cover")} />;
  }
  return (
    <span
      aria-hidden="true"
      data-pagefind-ignore
      className={cn(box, "flex items-center justify-center bg-accent-soft font-semibold text-accent-strong")}
    >
      {initials(speaker.name)}
    </span>
  );
}
