import type { Meetup } from "@/lib/site/meetups";
import { t } from "@/lib/i18n";
import { dayInZone, formatClock, formatDay, nextDay, zoneLabel } from "@/lib/site/time";
import { LiveText } from "./LiveMeetup";

/** When a meetup is, in its own zone: the day, and the hours when they are known. */
export function EventTime({ meetup }: { meetup: Meetup }) {
  const { start, end, timeZone, hasTime, day } = meetup;
  if (!hasTime) return <time dateTime={day}>{formatDay(start, timeZone)}</time>;
  // An evening past midnight says so: 20:00–03:30 alone reads as one that ends before it starts.
  const endDay = dayInZone(end, timeZone);
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
        {endDay !== day && (
          <>{endDay === nextDay(day) ? t.meetup.endsNextDay : t.meetup.endsOn(formatDay(end, timeZone))} </>
        )}
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
