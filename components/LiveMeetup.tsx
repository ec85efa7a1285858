import type { ComponentProps, ElementType } from "react";
import type { Meetup } from "@/lib/site/meetups";
import { meetupPhase, type Phase } from "@/lib/site/phases";

type Props<T extends ElementType> = { as?: T; meetup: Meetup; builtAt: number } & Omit<ComponentProps<T>, "as">;

/** A part of a page that depends on the meetup's phase: right as of the build, kept right by lib/browser/live.ts. */
export function LiveMeetup<T extends ElementType = "div">({ as, meetup, builtAt, ...props }: Props<T>) {
  const Tag: ElementType = as ?? "div";
  return (
    <Tag
      {...props}
      data-live=""
      data-start={meetup.start}
      data-end={meetup.end}
      data-tz={meetup.timeZone}
      data-timed={String(meetup.hasTime)}
      data-status={meetup.status === "scheduled" ? undefined : meetup.status}
      data-phase={meetupPhase(meetup, builtAt)}
    />
  );
}

/** Shown only in the given phases of the enclosing LiveMeetup. */
export function When<T extends ElementType = "span">({
  as,
  phases,
  meetup,
  builtAt,
  ...props
}: { as?: T; phases: Phase[]; meetup: Meetup; builtAt: number } & Omit<ComponentProps<T>, "as">) {
  const Tag: ElementType = as ?? "span";
  const hidden = !phases.includes(meetupPhase(meetup, builtAt));
  return <Tag {...props} data-when={phases.join(" ")} hidden={hidden} />;
}

/** Filled in the browser only: text that depends on the moment or on the visitor's zone. */
export function LiveText({ kind, className }: { kind: "relative" | "local"; className?: string }) {
  return <span className={className} {...{ [`data-${kind}`]: "" }} />;
}
