import { calendarLinks } from "@/lib/calendar";
import { meetupSpeakers, type Meetup } from "@/lib/meetups";
import { absoluteUrl, assetPath, CALENDAR_PATH, meetupCalendarPath } from "@/lib/urls";

/** Add this meetup to a calendar, or subscribe to all of them. */
export function AddToCalendar({ meetup }: { meetup: Meetup }) {
  const links = calendarLinks(meetup, meetupSpeakers(meetup));
  const webcal = absoluteUrl(CALENDAR_PATH).replace(/^https?:/, "webcal:");
  return (
    <section aria-label="Add to calendar" className="text-sm">
      <p className="font-medium">Add to your calendar</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <a href={assetPath(meetupCalendarPath(meetup.slug))} download={`${meetup.slug}.ics`}>
            Calendar file (.ics)
          </a>
        </li>
        <li>
          <a href={links.google}>Google Calendar</a>
        </li>
        <li>
          <a href={links.outlook}>Outlook</a>
        </li>
        <li>
          <a href={webcal}>Subscribe to every meetup</a>
        </li>
      </ul>
    </section>
  );
}
