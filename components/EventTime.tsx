import type { Meetup } from "@/lib/site/meetups";
import { t } from "@/lib/i18n";
import { formatClock, formatDay, zoneLabel } from "@/lib/site/time";
import { LiveText } from "./LiveMeetup";

/** When a meetup is, in its own zone: the day, and the hours when they are known. */
export function EventTime({ meetup }: { meetup: Meetup }) {
  const { start, end, timeZone, hasTime, day } = meetup;
  if (!hasTime) return <time dateTime={day}>{formatDay(start, timeZone)}</time>;
  return (
    <>
      <time dateTime={start}>{formatDay(start, timeZone)}</time>
      <span className="hidden sm:inline"> · </span>
      {/* Hours read left to right in any language, on one line: 19:00–21:00. A long zone's name may wrap after them. */}
      <span className="block sm:inline">
        <span dir="ltr" className="whitespace-nowrap">
          <time dateTime={start}>{formatClock(start, timeZone)}</time>–
          <time dateTime={end}>{formatClock(end, timeZone)}</time>
        </span>{" "}
        {zoneLabel(timeZone)}
      </span>
      <LiveText kind="local" className="block text-sm font-normal text-muted" />
    </>
  );
}

/** A postponed meetup's "When": the day it had, struck out as no longer so, and that a new one will come. */
export function PostponedTime({ meetup }: { meetup: Meetup }) {
  return (
    <>
      <s className="font-normal text-muted">
        <time dateTime={meetup.hasTime ? meetup.start : meetup.day}>{formatDay(meetup.start, meetup.timeZone)}</time>
      </s>
      <span className="block">{t.status.dateTba}</span>
    </>
  );
}
