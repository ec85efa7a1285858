// What the build tells Pagefind about each page it indexes (components/SearchIndexData.tsx writes it), and what
// the search page offers to narrow results by.
import type { Talk } from "../site/catalog";
import type { Meetup, Speaker } from "../content/schema";
import { languageName, meetupLanguage, primaryLanguage, t, talkLanguage } from "../i18n";
import type { SearchFilter, SearchKind } from "../site/search-filters";
import { isAnnouncedTalk } from "../site/talks";
import { site } from "../site/config";
import { formatDay, yearInZone } from "../site/time";

export interface PageSearchData {
  /** Every value of each filter the page matches: a page with an English meetup and a Hebrew talk is both. */
  filters: Record<SearchFilter, string[]>;
  /** Shown under a result's title: a meetup's day, a speaker's role. */
  detail?: string;
  /**
   * Words the index reads as the page's own, before its sections: a meetup's topics, and the title of a page that
   * has no other words (Pagefind leaves a page without words out of its index, title and all).
   */
  words?: string;
}

const unique = (values: string[]) => [...new Set(values)];
const year = (m: Meetup) => String(yearInZone(m.start, m.timeZone));
/** The primary languages of a meetup and of its announced talks. */
const languagesOf = (m: Meetup) =>
  [meetupLanguage(m), ...m.schedule.filter(isAnnouncedTalk).map((slot) => talkLanguage(slot, m))].map(primaryLanguage);

/**
 * A meetup page: a meetup, and its talks when it has any (a cancelled meetup's were never given);
 * in its own language and its talks'; in its year. Its line says when plans changed: "Cancelled · …".
 */
export function meetupSearchData(meetup: Meetup): PageSearchData {
  const talks = meetup.schedule.filter(isAnnouncedTalk);
  const kinds: SearchKind[] = talks.length > 0 && meetup.status !== "cancelled" ? ["meetup", "talk"] : ["meetup"];
  const day = formatDay(meetup.start, meetup.timeZone);
  const bare = !meetup.bodyHtml && !meetup.venue && !meetup.statusNoteHtml && talks.length === 0;
  // The topics are the meetup's words: shown after the schedule, the index would give them to its last talk.
  const words = [...(bare ? [meetup.title] : []), ...meetup.topics.map((topic) => `#${topic}`)].join(" ");
  return {
    filters: { kind: kinds, language: unique(languagesOf(meetup)), year: [year(meetup)] },
    detail: meetup.status === "scheduled" ? day : `${t.status.label[meetup.status]} · ${day}`,
    ...(words && { words }),
  };
}

/** A speaker page: in the languages of their talks, in the years they spoke. */
export function speakerSearchData(speaker: Speaker, talks: Talk[]): PageSearchData {
  return {
    filters: {
      kind: ["speaker" satisfies SearchKind],
      language: unique(talks.map(({ meetup, slot }) => primaryLanguage(talkLanguage(slot, meetup)))),
      year: unique(talks.map(({ meetup }) => year(meetup))),
    },
    ...(speaker.role && { detail: speaker.role }),
    ...(!speaker.bioHtml && !speaker.role && talks.length === 0 && { words: speaker.name }),
  };
}

export interface SearchOption {
  value: string;
  label: string;
}

/**
 * What the search page offers to narrow by: the languages the content is in
 * (the interface's first, then by name) and the years with meetups, newest first.
 */
export function searchOptions(meetups: Meetup[]): { languages: SearchOption[]; years: SearchOption[] } {
  const sorted = unique(meetups.flatMap(languagesOf))
    .map((value) => ({ value, label: languageName(value) }))
    .sort(
      (a, b) => Number(b.value === site.language) - Number(a.value === site.language) || a.label.localeCompare(b.label),
    );
  const years = unique(meetups.map(year)).sort((a, b) => Number(b) - Number(a));
  return { languages: sorted, years: years.map((value) => ({ value, label: value })) };
}
