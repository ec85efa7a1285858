import { meetupLanguage, t } from "@/lib/i18n";
import { meetupPhase } from "@/lib/site/phases";
import type { Meetup } from "@/lib/site/meetups";
import { LiveMeetup, When } from "./LiveMeetup";

/** The venue's directions and accessibility, until the meetup is over; none for one called off or moved online. */
export function GettingThere({ meetup, builtAt }: { meetup: Meetup; builtAt: number }) {
  const venue = meetup.venue;
  if (!venue?.directionsHtml && !venue?.accessibilityHtml) return null;
  if (meetup.status === "moved-online" || !["upcoming", "live"].includes(meetupPhase(meetup, builtAt))) return null;
  const language = meetupLanguage(meetup);
  const parts = [
    { id: "directions", title: t.meetup.directions, html: venue.directionsHtml },
    { id: "accessibility", title: t.meetup.accessibility, html: venue.accessibilityHtml },
  ];
  return (
    <LiveMeetup meetup={meetup} builtAt={builtAt}>
      <When
        as="section"
        phases={["upcoming", "live"]}
        meetup={meetup}
        builtAt={builtAt}
        className="mt-10 scroll-mt-4"
        id="getting-there"
        aria-labelledby="getting-there-title"
      >
        <h2 id="getting-there-title" className="text-xl font-bold" data-pagefind-ignore>
          {t.meetup.gettingThere}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {parts.map(
            ({ id, title, html }) =>
              html && (
                <div key={id}>
                  <h3 id={id} className="font-semibold" data-pagefind-ignore>
                    {title}
                  </h3>
                  <div className="prose-site mt-1" lang={language} dangerouslySetInnerHTML={{ __html: html }} />
                </div>
              ),
          )}
        </div>
      </When>
    </LiveMeetup>
  );
}
