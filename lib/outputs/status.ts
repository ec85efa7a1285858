import type { Meetup } from "../content/schema";
import { t } from "../i18n";
import { htmlText } from "../site/text";
import { formatDay, formatEarlierStart } from "../site/time";

// How the files the site writes for machines (calendars, feeds, link previews) say that plans changed.

/** A title where no label can sit beside it: "Cancelled: eBPF Everywhere". */
export function statusTitle(m: Meetup, title = m.title): string {
  return m.status === "scheduled" ? title : t.status.titled[m.status](title);
}

/** The date a changed meetup had, in words ("Moved from Tuesday, 7 April 2099"), where its change is about a date. */
export function statusDates({ status, start, timeZone, previousStarts }: Meetup): string | undefined {
  const previous = previousStarts.at(-1);
  if (status === "postponed") return t.status.wasOn(formatDay(start, timeZone));
  if (status === "rescheduled" && previous) return t.status.movedFrom(formatEarlierStart(previous, start, timeZone));
  return undefined;
}

/** What changed, in a line: "Cancelled", "Moved from Tuesday, 7 April 2099"; none for a scheduled meetup. */
export function statusLine(m: Meetup): string | undefined {
  if (m.status === "scheduled") return undefined;
  return statusDates(m) ?? t.status.label[m.status];
}

/** The line and the organizers' note, as plain text. */
export function statusText(m: Meetup): string[] {
  const line = statusLine(m);
  const note = m.statusNoteHtml && htmlText(m.statusNoteHtml).trim();
  return [line, note].filter((s): s is string => !!s);
}
