import Link from "next/link";
import { keepDashes } from "@/lib/site/text";
import { meetupDirection, meetupLanguage, t, talkDirection, talkLanguage } from "@/lib/i18n";
import { speakersOf, type Talk } from "@/lib/site/meetups";
import { formatShortDay } from "@/lib/site/time";
import { meetupPath, speakerPath, talkPath } from "@/lib/site/urls";
import { LanguageLabel } from "./LanguageLabel";
import { NameList } from "./NameList";
import { StatusLabel } from "./MeetupStatus";
import { TalkMaterial } from "./TalkMaterial";

export function TalkListItem({ talk, headingLevel = 3 }: { talk: Talk; headingLevel?: 2 | 3 }) {
  const { meetup, slot } = talk;
  const Heading = `h${headingLevel}` as const;
  const speakers = speakersOf(slot);
  const language = talkLanguage(slot, meetup);
  const href = slot.anchor ? talkPath(meetup.slug, slot.anchor) : meetupPath(meetup.slug);
  return (
    <li className="grid gap-x-6 gap-y-1 py-4 list-entry sm:grid-cols-[8rem_1fr]">
      {/* The day stays out of a speaker page's search excerpts, which it would break into pieces. */}
      <p className="font-mono text-sm text-muted tabular-nums sm:pt-1" data-pagefind-ignore>
        <time dateTime={meetup.day}>{formatShortDay(meetup.start, meetup.timeZone)}</time>
      </p>
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          {/* The heading on the page's side, the title in its own direction. */}
          <Heading className="text-lg leading-snug font-semibold" lang={language}>
            <Link href={href} dir={talkDirection(slot, meetup)} className="text-ink hover:text-accent hover:underline">
              {slot.title}
            </Link>
          </Heading>
          <StatusLabel meetup={meetup} />
          <LanguageLabel language={language} />
        </div>
        <p className="mt-1 text-sm text-muted">
          {speakers.length > 0 && (
            <>
              <NameList names={speakers.map((s) => s.name)} hrefs={speakers.map((s) => speakerPath(s.slug))} />{" "}
              {t.talks.at}{" "}
            </>
          )}
          <Link href={meetupPath(meetup.slug)} lang={meetupLanguage(meetup)} dir={meetupDirection(meetup)}>
            {keepDashes(meetup.title)}
          </Link>
        </p>
        {/* No topics: they are the meetup's, and would tag a talk with its neighbour's subject. */}
        <TalkMaterial slot={slot} className="mt-2" />
      </div>
    </li>
  );
}
