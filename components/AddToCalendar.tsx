import { calendarLinks } from "@/lib/outputs/calendar";
import { t } from "@/lib/i18n";
import { meetupSpeakers, type Meetup } from "@/lib/site/meetups";
import { absoluteUrl, assetPath, CALENDAR_PATH, meetupCalendarPath } from "@/lib/site/urls";

/** The meetup's own calendar file (.ics), which every meetup has, past ones and day-only ones too. */
export function CalendarFileLink({ meetup }: { meetup: Meetup }) {
  return (
    <a href={assetPath(meetupCalendarPath(meetup.slug))} download={`${meetup.slug}.ics`}>
      {t.calendar.file}
    </a>
  );
}

/** Add this meetup to a calendar, or subscribe to all of them. */
export function AddToCalendar({ meetup }: { meetup: Meetup }) {
  const links = calendarLinks(meetup, meetupSpeakers(meetup));
  const webcal = absoluteUrl(CALENDAR_PATH).replace(/^https?:/, "webcal:");
  return (
    <section aria-label={t.calendar.region} className="text-sm">
      <p className="font-medium">{t.calendar.heading}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <CalendarFileLink meetup={meetup} />
        </li>
        <li>
          <a href={links.google}>{t.calendar.google}</a>
        </li>
        <li>
          <a href={links.outlook}>{t.calendar.outlook}</a>
        </li>
        <li>
          <a href={webcal}>{t.calendar.subscribe}</a>
        </li>
      </ul>
    </section>
  );
}
