import Link from "next/link";
import { loadAfterFirstPaint } from "@/lib/browser/bundle";
import { hasTalkCalendar } from "@/lib/outputs/calendar";
import { builtAt } from "@/lib/site/built-at";
import { cn } from "@/lib/site/cn";
import { t, talkDirection, talkLanguage } from "@/lib/i18n";
import { speakersOf, type Meetup } from "@/lib/site/meetups";
import { site } from "@/lib/site/config";
import { isCalledOff } from "@/lib/site/phases";
import { isAnnouncedTalk } from "@/lib/site/talks";
import { formatClock } from "@/lib/site/time";
import { assetPath, speakerPath, talkCalendarPath } from "@/lib/site/urls";
import { LanguageLabel } from "./LanguageLabel";
import { When } from "./LiveMeetup";
import { SpeakerAvatar } from "./SpeakerAvatar";
import { TalkMaterial } from "./TalkMaterial";
import { VideoFacade } from "./VideoFacade";

function CalendarIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="inline-block size-4 shrink-0 self-center"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <rect x="2" y="3" width="12" height="11" rx="1.5" />
      <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The evening's slots in order: talks with their speakers and material, breaks
 * kept quiet. Each talk's heading has its own address on the page (#<anchor>),
 * which the talk archive, search results and shared links point to; breaks and
 * talks to be announced stay out of the search index.
 */
export function Schedule({ meetup }: { meetup: Meetup }) {
  // Only a page with a recording to play carries the player's module.
  const players = meetup.schedule.some((slot) => slot.recording?.embed);
  // A postponed meetup's slots have no hours of their own until it has a new date.
  const timed = meetup.status !== "postponed";
  // Nor does a meetup called off invite anyone to put a talk in their calendar.
  const calendars = !isCalledOff(meetup.status);
  return (
    <>
      <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
        {meetup.schedule.map((slot, i) => {
          const talk = slot.kind === "talk";
          const speakers = speakersOf(slot);
          const language = talkLanguage(slot, meetup);
          const anchor = slot.anchor;
          return (
            <li
              // By place: a postponed meetup's slots share one start.
              key={i}
              className={cn(
                "grid gap-x-6 gap-y-1 px-4 py-4 sm:px-6",
                timed && "sm:grid-cols-[7.5rem_1fr]",
                !talk && "bg-break py-3",
                talk && "has-[:target]:bg-accent-soft",
              )}
              data-pagefind-ignore={!isAnnouncedTalk(slot) || undefined}
            >
              {/* Hours read left to right in any language: 19:00–19:30. */}
              {timed && (
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
              )}
              <div className="min-w-0">
                {talk ? (
                  <div>
                    {/* The heading carries the talk's address: Pagefind makes each talk a result of its own from it. */}
                    <h3
                      id={anchor}
                      className="inline scroll-mt-4 text-lg leading-snug font-semibold text-ink"
                      lang={language}
                    >
                      {/* Inline: the heading on the page's side, the title in its own direction, the # after its last word. */}
                      <span dir={talkDirection(slot, meetup)}>{slot.title}</span>
                    </h3>
                    {/* The talk's own address, to copy and share: the talk archive links here too. */}
                    <a
                      href={`#${anchor}`}
                      lang={site.language}
                      aria-label={t.schedule.linkTo(slot.title)}
                      className="ms-0.5 px-2 py-1 text-muted underline decoration-dotted underline-offset-4 hover:text-accent"
                      data-pagefind-ignore
                    >
                      #
                    </a>
                    {/* The talk alone, for a calendar: its hours, speakers and room. */}
                    {anchor && calendars && hasTalkCalendar(meetup, slot) && (
                      // Until the evening is over: a past talk is no appointment.
                      <When
                        as="a"
                        phases={["upcoming", "live"]}
                        meetup={meetup}
                        builtAt={builtAt}
                        href={assetPath(talkCalendarPath(meetup.slug, anchor))}
                        download={`${anchor}.ics`}
                        lang={site.language}
                        aria-label={t.schedule.calendarFor(slot.title)}
                        className="ms-2 inline-flex min-h-6 items-center gap-1 align-baseline text-sm text-muted hover:text-accent"
                        data-pagefind-ignore
                      >
                        <CalendarIcon />
                        {t.schedule.calendar}
                      </When>
                    )}
                  </div>
                ) : (
                  // The slot's own words say what it is ("Pizza", "Q&A", "Doors open"): no label of ours before them.
                  <p className="text-muted">
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
                                <span dir="auto" lang={s.language}>
                                  {s.role}
                                </span>
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
                <VideoFacade slot={slot} meetup={meetup} className="mt-4" />
                <TalkMaterial slot={slot} className="mt-3" />
              </div>
            </li>
          );
        })}
      </ol>
      {players && <script type="module" dangerouslySetInnerHTML={{ __html: loadAfterFirstPaint("video") }} />}
    </>
  );
}
