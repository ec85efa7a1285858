import Link from "next/link";
import { meetupDirection, meetupLanguage, t, talkDirection, talkLanguage } from "@/lib/i18n";
import { speakersOf, topicSlug, type Talk } from "@/lib/site/meetups";
import { formatShortDay } from "@/lib/site/time";
import { meetupPath, speakerPath, talkPath, topicPath } from "@/lib/site/urls";
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
      {/* The day and the topics stay out of a speaker page's search excerpts, which they'd break into pieces. */}
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
            {meetup.title}
          </Link>
        </p>
        {(meetup.topics.length > 0 || slot.slides || slot.video) && (
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
            <TalkMaterial slot={slot} />
            {meetup.topics.length > 0 && (
              <ul
                className="flex flex-wrap gap-x-3 font-mono text-xs"
                aria-label={t.meetup.topics}
                data-pagefind-ignore
              >
                {meetup.topics.map((topic) => (
                  <li key={topic}>
                    {/* Small type, but a target a finger can hit: 24 px high. */}
                    <Link href={topicPath(topicSlug(topic))} className="inline-block py-1 text-muted hover:text-accent">
                      <span dir="auto">#{topic}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
