import type { Meetup } from "@/lib/site/meetups";
import { t } from "@/lib/i18n";
import { formatClock, formatDay, formatShortDay, zoneLabel } from "@/lib/site/time";
import { LiveText } from "./LiveMeetup";

/** When a meetup is, in its own zone: the day, and the hours when they are known. */
export function EventTime({ meetup, short = false }: { meetup: Meetup; short?: boolean }) {
  const { start, end, timeZone, hasTime, day } = meetup;
  const dayText = short ? formatShortDay(start, timeZone) : formatDay(start, timeZone);
  if (!hasTime) {
    return <time dateTime={day}>{dayText}</time>;
  }
  return (
    <>
      <time dateTime={start}>{dayText}</time>
      <span className={short ? undefined : "hidden sm:inline"}> · </span>
      {/* Hours read left to right in any language: 19:00–21:00. */}
      <span className={short ? "whitespace-nowrap" : "block whitespace-nowrap sm:inline"}>
        <span dir="ltr">
          <time dateTime={start}>{formatClock(start, timeZone)}</time>–
          <time dateTime={end}>{formatClock(end, timeZone)}</time>
        </span>
        {!short && <> {zoneLabel(timeZone)}</>}
      </span>
      {!short && <LiveText kind="local" className="block text-sm font-normal text-muted" />}
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
