import { meetupLanguage, t } from "@/lib/i18n";
import { cn } from "@/lib/site/cn";
import type { Meetup } from "@/lib/site/meetups";
import { isCalledOff } from "@/lib/site/phases";
import { statusDates } from "@/lib/outputs/status";

/** The colours of a status: its own for one called off, the accent's for a change of date or place. */
const tone = (status: Meetup["status"]) =>
  isCalledOff(status) ? "border-alert bg-alert-soft text-alert" : "border-accent bg-accent-soft text-accent-strong";

/** "Cancelled", beside a meetup's title in a list; nothing for a scheduled meetup. */
export function StatusLabel({ meetup, className }: { meetup: Meetup; className?: string }) {
  if (meetup.status === "scheduled") return null;
  // A space before it, not only a margin: the heading reads "Title Cancelled".
  return (
    <>
      {" "}
      <span
        data-pagefind-ignore
        className={cn(
          "inline-block rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap",
          tone(meetup.status),
          className,
        )}
      >
        {t.status.label[meetup.status]}
      </span>
    </>
  );
}

/**
 * What changed, above a meetup's title: the status in words (never by colour alone),
 * the date it had, and the organizers' note. Nothing for a scheduled meetup.
 */
export function MeetupStatus({ meetup, className }: { meetup: Meetup; className?: string }) {
  const { status } = meetup;
  if (status === "scheduled") return null;
  const dates = statusDates(meetup);
  return (
    <div className={cn("rounded-xl border-s-4 px-4 py-3", tone(status), className)}>
      {/* The interface's words stay out of the search index; the note is the meetup's own text. */}
      <p data-pagefind-ignore>
        <strong className="font-mono font-bold tracking-wide uppercase rtl:font-sans rtl:tracking-normal">
          {t.status.label[status]}
        </strong>
        {dates && <span className="text-ink"> · {dates}</span>}
      </p>
      {meetup.statusNoteHtml && (
        <div
          className="prose-site mt-1 text-ink"
          lang={meetupLanguage(meetup)}
          dangerouslySetInnerHTML={{ __html: meetup.statusNoteHtml }}
        />
      )}
    </div>
  );
}
