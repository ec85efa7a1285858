import Link from "next/link";
import { cn } from "@/lib/cn";
import { t, talkDirection, talkLanguage } from "@/lib/i18n";
import { speakersOf, type Meetup } from "@/lib/meetups";
import { formatClock } from "@/lib/time";
import { speakerPath, talkAnchor } from "@/lib/urls";
import { LanguageLabel } from "./LanguageLabel";
import { SpeakerAvatar } from "./SpeakerAvatar";
import { TalkMaterial } from "./TalkMaterial";

/**
 * The evening's slots in order: talks with their speakers and material, breaks
 * kept quiet. Each talk's heading has the id that search results and shared
 * links point to; breaks stay out of the search index.
 */
export function Schedule({ meetup }: { meetup: Meetup }) {
  return (
    <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
      {meetup.schedule.map((slot) => {
        const talk = slot.kind === "talk";
        const speakers = speakersOf(slot);
        const language = talkLanguage(slot, meetup);
        return (
          <li
            key={slot.start}
            className={cn("grid gap-x-6 gap-y-1 px-4 py-4 sm:grid-cols-[7.5rem_1fr] sm:px-6", !talk && "bg-break py-3")}
            data-pagefind-ignore={!talk || undefined}
          >
            {/* Hours read left to right in any language: 19:00–19:30. */}
            <div className="font-mono text-sm text-muted tabular-nums sm:pt-0.5" data-pagefind-ignore>
              <span dir="ltr">
                <time dateTime={slot.start}>{formatClock(slot.start, meetup.timeZone)}</time>
                {slot.end && (
                  <>
                    –<time dateTime={slot.end}>{formatClock(slot.end, meetup.timeZone)}</time>
                  </>
                )}
              </span>
            </div>
            <div className="min-w-0">
              {talk ? (
                <h3
                  id={talkAnchor(slot, meetup.timeZone)}
                  className="scroll-mt-4 text-lg leading-snug font-semibold text-ink"
                  lang={language}
                >
                  <span dir={talkDirection(slot, meetup)}>{slot.title}</span>
                </h3>
              ) : (
                <p className="text-muted">
                  <span className="sr-only">{t.schedule.break} </span>
                  <span lang={language} dir={talkDirection(slot, meetup)}>
                    {slot.title}
                  </span>
                </p>
              )}
              {talk && <LanguageLabel language={language} className="mt-1" />}
              {speakers.length > 0 && (
                <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2" aria-label={t.schedule.speakers}>
                  {speakers.map((s) => (
                    <li key={s.slug}>
                      <Link href={speakerPath(s.slug)} className="flex items-center gap-2 font-medium">
                        <SpeakerAvatar speaker={s} />
                        <span>
                          {/* The space keeps name and role apart as words for search, which reads no CSS. */}
                          <span dir="auto">{s.name}</span>{" "}
                          {s.role && (
                            <span className="block text-sm font-normal text-muted">
                              <span dir="auto">{s.role}</span>
                            </span>
                          )}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              {slot.abstractHtml && (
                <div
                  className="prose-site mt-3 text-[0.95rem]"
                  lang={language}
                  dangerouslySetInnerHTML={{ __html: slot.abstractHtml }}
                />
              )}
              <TalkMaterial slot={slot} className="mt-3" />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
