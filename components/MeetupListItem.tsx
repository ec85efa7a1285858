import Link from "next/link";
import { keepDashes } from "@/lib/site/text";
import { meetupDirection, meetupLanguage, t } from "@/lib/i18n";
import { meetupSpeakers, type Meetup } from "@/lib/site/meetups";
import { formatShortDay } from "@/lib/site/time";
import { meetupPath } from "@/lib/site/urls";
import { LanguageLabel } from "./LanguageLabel";
import { NameList } from "./NameList";
import { StatusLabel } from "./MeetupStatus";

/** One meetup in a list: its day, its title, whether plans changed, and who spoke. */
export function MeetupListItem({ meetup, headingLevel = 3 }: { meetup: Meetup; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const speakers = meetupSpeakers(meetup);
  const language = meetupLanguage(meetup);
  return (
    <article className="grid gap-x-6 gap-y-1 py-4 list-entry sm:grid-cols-[8rem_1fr]">
      <p className="font-mono text-sm text-muted tabular-nums sm:pt-1">
        <time dateTime={meetup.hasTime ? meetup.start : meetup.day}>
          {formatShortDay(meetup.start, meetup.timeZone)}
        </time>
      </p>
      <div className="min-w-0">
        <Heading className="text-lg leading-snug font-semibold">
          <Link
            href={meetupPath(meetup.slug)}
            lang={language}
            dir={meetupDirection(meetup)}
            // Inline: the heading sits on the page's side, the title reads in its own direction.
            className="text-ink hover:text-accent hover:underline"
          >
            {keepDashes(meetup.title)}
          </Link>
          {meetup.draft && (
            <span className="ms-2 rounded bg-accent-soft px-1.5 py-0.5 text-xs text-accent-strong">
              {t.meetup.draft}
            </span>
          )}
          <StatusLabel meetup={meetup} className="ms-1 align-middle" />
          <LanguageLabel language={language} className="ms-2 align-middle" />
        </Heading>
        {speakers.length > 0 && (
          <p className="mt-1 text-sm text-muted">
            <NameList names={speakers.map((s) => s.name)} />
          </p>
        )}
      </div>
    </article>
  );
}
