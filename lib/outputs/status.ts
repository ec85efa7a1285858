import type { Meetup } from "../content/schema";
import { t } from "../i18n";
import { htmlText } from "../site/text";
import { formatDay } from "../site/time";

// How the files the site writes for machines (calendars, feeds, link previews) say that plans changed.

/** A title where no label can sit beside it: "Cancelled: eBPF Everywhere". */
export function statusTitle(m: Meetup, title = m.title): string {
  return m.status === "scheduled" ? title : t.status.titled[m.status](title);
}

/** A start the meetup had, in words: an instant in the meetup's zone, a day (YYYY-MM-DD) as it is. */
export function dayOf(start: string, zone: string): string {
  return start.length === 10 ? formatDay(`${start}T00:00:00Z`, "UTC") : formatDay(start, zone);
}

/** What changed, in a line: "Cancelled", "Moved from Tuesday, 7 April 2099"; none for a scheduled meetup. */
export function statusLine(m: Meetup): string | undefined {
  const previous = m.previousStarts.at(-1);
  if (m.status === "scheduled") return undefined;
  if (m.status === "postponed") return t.status.wasOn(dayOf(m.start, m.timeZone));
  if (m.status === "rescheduled" && previous) return t.status.movedFrom(dayOf(previous, m.timeZone));
  return t.status.label[m.status];
}

/** The line and the organizers' note, as plain text. */
export function statusText(m: Meetup): string[] {
  const line = statusLine(m);
  const note = m.statusNoteHtml && htmlText(m.statusNoteHtml).trim();
  return [line, note].filter((s): s is string => !!s);
}
