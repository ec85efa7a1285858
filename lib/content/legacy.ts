import { codeLines, plainText } from "./markdown";
import { markdownShapeProblem } from "./limits";
import { dayInZone } from "../site/time";
import { JEKYLL_FIELDS } from "./schema";

// Jekyll posts from the old site: dates in Jekyll's forms and a free-text body
// that holds the schedule and the RSVP link.

export interface WrittenDate {
  /** The calendar day exactly as written: the event's day in the writer's own offset. */
  day: string;
  /** HH:MM as written, when the text has a clock time at all. */
  time?: string;
  /** +03:00, Z, or undefined when no offset was written. */
  offset?: string;
  /** `2016-07-12T19:00:00+03:00` (ISO 8601) as opposed to Jekyll's space-separated forms. */
  iso: boolean;
  /**
   * The old site's posts were written by a script that put the UTC clock next to
   * the local offset with hyphens (`16-00-00 +0300` for 19:00 in Israel): such a
   * clock says nothing about when the meetup starts.
   */
  clockUntrusted: boolean;
}

const DATE_FORMS =
  /^(\d{4}-\d{2}-\d{2})(?:([T ])(\d{1,2})([:-])(\d{2})(?:\4(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Reads every date form of the contract; undefined when the text is none of them. */
export function parseWrittenDate(text: string): WrittenDate | undefined {
  const m = DATE_FORMS.exec(text.trim());
  if (!m) return undefined;
  const [, day, sep, hh, dash, mm, seconds, zone] = m;
  if (!day || Number(seconds ?? 0) > 59) return undefined;
  const time = hh && mm ? `${hh.padStart(2, "0")}:${mm}` : undefined;
  const offset = zone === undefined ? undefined : zone === "Z" ? "Z" : zone.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  if (offset && !time) return undefined;
  return { day, time, offset, iso: sep === "T", clockUntrusted: dash === "-" };
}

/** "he" for a text whose letters, its links' addresses aside, are mostly Hebrew. */
export function hebrewText(text: string): "he" | undefined {
  // Words only: not code, tags or addresses.
  const words = text.replace(/```[\s\S]*?```|`[^`\n]*`|<[^<>\n]*>|\]\([^()\s]*\)|https?:\/\/\S+/g, "");
  const letters = words.match(/\p{L}/gu)?.length ?? 0;
  return (words.match(/(?=\p{L})\p{Script=Hebrew}/gu)?.length ?? 0) * 2 > letters ? "he" : undefined;
}

/**
 * Whether a meetup file is a post copied from a Jekyll site: it has Jekyll's own fields, or its date in Jekyll's
 * form (`2016-07-12 19:00`) and no schedule: (many sites set layout for every post, so their posts have none).
 */
export function isJekyllPost(data: Record<string, unknown>): boolean {
  if (JEKYLL_FIELDS.some((f) => f in data)) return true;
  const date = typeof data.date === "string" ? parseWrittenDate(data.date) : undefined;
  return date?.time !== undefined && !date.iso && !("schedule" in data);
}

// Jekyll's slugify: its "default" mode keeps letters, marks and digits of any
// script; "pretty", which made the :title of every old address, also keeps
// ._~!$&'()+,;=@. Each run of anything else becomes one hyphen (so "a - b" is
// "a-b"), and a hyphen at either end goes. Old addresses must match it exactly.
const SLUGIFY_REPLACED = {
  default: /[^\p{L}\p{M}\p{Nd}]+/gu,
  pretty: /[^\p{L}\p{M}\p{Nd}._~!$&'()+,;=@]+/gu,
};

/** Jekyll's `Utils.slugify(text, mode:, cased:)`. */
export function jekyllSlugify(
  text: string,
  { mode = "default", cased = false }: { mode?: "default" | "pretty"; cased?: boolean } = {},
): string {
  const slug = text.replace(SLUGIFY_REPLACED[mode], "-").replace(/^-|-$/g, "");
  return cased ? slug : slug.toLowerCase();
}

/** The instant a day and time written with an offset name. */
export const instantAt = (day: string, time: string, offset: string) => new Date(`${day}T${time}:00${offset}`);

/** Whether two written offsets are one: Z is +00:00. */
export const sameOffset = (a: string, b: string) => a.replace("Z", "+00:00") === b.replace("Z", "+00:00");

/**
 * The day in an old post's address: Jekyll read `date` into the site's zone.
 * A clock it couldn't read (the hyphenated `16-00-00 +0300`) left it the day as
 * written, as did a time without an offset, which it took as the site's own.
 */
export function jekyllDay(written: WrittenDate, siteZone: string): string {
  if (!written.time || !written.offset || written.clockUntrusted) return written.day;
  const instant = instantAt(written.day, written.time, written.offset);
  return Number.isNaN(instant.getTime()) ? written.day : dayInZone(instant, siteZone);
}

// Jekyll ran a post's Liquid before its Markdown. A meetup post used it for
// code blocks and for the site's own address; other tags are refused, since
// what they put on the page can't be known here.
// The language is taken whole ("(?=(x))\1" is atomic): "[\w+#.-]+[^%]*" split a long word every way before failing.
const HIGHLIGHT = /\{%-?\s*(?:highlight\s+(?=([\w+#.-]+))\1[^%]*|endhighlight\s*)-?%\}/g;
const SITE_ADDRESS = /\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}/g;

// What "." doesn't match on a line split at "\n".
const LINE_TERMINATOR = /[\r\u2028\u2029]/g;
function lineTerminator(line: string, from: number): number {
  LINE_TERMINATOR.lastIndex = from;
  return LINE_TERMINATOR.exec(line)?.index ?? -1;
}

/**
 * The tags /\{%.*?%\}|\{\{.*?\}\}/g finds on a line, found without scanning the rest of the line again from
 * each opener that has no closer ("{%{%{%..." took time in the square of its length).
 */
function liquidTags(line: string): string[] {
  // Each search's answer stands until the scan passes it: "%}", "}}", and "" for the next line terminator.
  const found = new Map<string, number>();
  const next = (what: string, from: number) => {
    let at = found.get(what);
    if (at === undefined || (at !== -1 && at < from)) {
      at = what ? line.indexOf(what, from) : lineTerminator(line, from);
      found.set(what, at);
    }
    return at;
  };
  const tags: string[] = [];
  for (let i = line.indexOf("{"); i !== -1;) {
    const closer = line.startsWith("{%", i) ? "%}" : line.startsWith("{{", i) ? "}}" : "";
    const end = closer ? next(closer, i + 2) : -1;
    const stop = end === -1 ? -1 : next("", i + 2);
    if (end !== -1 && (stop === -1 || stop > end)) {
      tags.push(line.slice(i, end + 2));
      i = line.indexOf("{", end + 2);
    } else i = line.indexOf("{", i + 1);
  }
  return tags;
}

// kramdown's own syntax, which put styles and settings on the old page but no text: attribute lists ({: .class},
// "## Agenda {#agenda}"), a table of contents ({:toc} under its "* TOC" item) and {::options /}; and comments,
// which kramdown left out of the page. Outside code blocks; each line stays a line, so that messages keep theirs.
const ATTRIBUTES = /\{:(?!:)[^{}\n]*\}|\{::options\b[^{}\n]*\/\}/g;
const HEADING_ID = /\{#[^{}\s]*\}[ \t]*$/;
const COMMENT = "{::comment}";
const COMMENT_END = /\{:\/(?:comment)?\}/g;
const LIST_ITEM = /^\s*(?:[*+-]|\d+\.)\s/;

function dropKramdown(text: string): string {
  if (!text.includes("{:") && !text.includes("{#")) return text;
  // A body of a shape the renderer would take minutes over is refused as it is; its code isn't looked for.
  const code = markdownShapeProblem(text) ? new Set<number>() : codeLines(text);
  let inComment = false;
  const lines = text.split("\n").map((line, i) => {
    if (code.has(i + 1)) return line;
    let kept = "";
    // Indices, not slices: a line of many comments is read once.
    for (let at = 0; at < line.length;) {
      if (inComment) {
        COMMENT_END.lastIndex = at;
        const end = COMMENT_END.exec(line);
        if (!end) break;
        [inComment, at] = [false, end.index + end[0].length];
      } else {
        const start = line.indexOf(COMMENT, at);
        kept += line.slice(at, start === -1 ? undefined : start);
        if (start === -1) break;
        [inComment, at] = [true, start + COMMENT.length];
      }
    }
    return kept;
  });
  for (const [i, line] of lines.entries()) {
    if (code.has(i + 1)) continue;
    if (line.trim() === "{:toc}" && LIST_ITEM.test(lines[i - 1] ?? "")) lines[i - 1] = "";
    const heading = /^#{1,6}[ \t]/.test(line) ? line.replace(HEADING_ID, "").trimEnd() : line;
    // Not inside `code`, where {:a => 1} is Ruby's.
    lines[i] = heading
      .split(/(`[^`]*`)/)
      .map((part, j) => (j % 2 === 1 ? part : part.replace(ATTRIBUTES, "")))
      .join("");
  }
  return lines.join("\n");
}

const RAW = /\{%-?[ \t]*raw[ \t]*-?%\}/g;
const END_RAW = /\{%-?[ \t]*endraw[ \t]*-?%\}/g;

/** A body in pieces, each either Liquid or the text of a {% raw %} block, which Liquid printed as it was. */
function rawBlocks(body: string): { raw: boolean; text: string }[] {
  const pieces: { raw: boolean; text: string }[] = [];
  let at = 0;
  for (;;) {
    RAW.lastIndex = at;
    const open = RAW.exec(body);
    END_RAW.lastIndex = open ? open.index + open[0].length : 0;
    const close = open && END_RAW.exec(body);
    if (!open || !close) break;
    pieces.push({ raw: false, text: body.slice(at, open.index) });
    pieces.push({ raw: true, text: body.slice(open.index + open[0].length, close.index) });
    at = close.index + close[0].length;
  }
  pieces.push({ raw: false, text: body.slice(at) });
  return pieces;
}

/** A Jekyll post's body with its code blocks and site address written out as Markdown, and each other Liquid tag with its line. */
export function readLiquid(body: string): { text: string; tags: { tag: string; line: number }[] } {
  let text = "";
  let scanned = "";
  for (const piece of rawBlocks(body)) {
    const written = piece.raw
      ? piece.text
      : piece.text.replace(HIGHLIGHT, (_, language?: string) => `\`\`\`${language ?? ""}`).replace(SITE_ADDRESS, "");
    text += written;
    // A raw block's text is no Liquid: it is left out of the search for tags, its lines kept.
    scanned += piece.raw ? written.replace(/[^\n]/g, " ") : written;
  }
  const tags = scanned.split("\n").flatMap((line, i) => liquidTags(line).map((tag) => ({ tag, line: i + 1 })));
  // Then kramdown read the page Liquid had made.
  return { text: dropKramdown(text), tags };
}

interface LegacySlot {
  time: string;
  end: string;
  title: string;
  isBreak: boolean;
}

interface LegacyBody {
  slots: LegacySlot[];
  /** The first link to an event page (meetup.com and the like). */
  rsvp?: string;
  /** The body with the schedule lines and the bare RSVP link taken out. */
  rest: string;
}

// "19:00-19:15 mingling", "19:00 – 19:15: Opening", "19:00-19:15 - Gathering",
// "19:00-19:15Gathering", "**19:00-19:15** Talk", "* 19:00-19:15 talk"
// Matched against a line without its trailing spaces: "(.*?)\s*$" took time in the square of a line's spaces.
// The spaces before the title are taken whole ("(?=(\s*))\5" is atomic): "\s*" matches a U+2028 that "." doesn't.
const SLOT_LINE =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})(?:\*\*|__)?(?=(\s*))\5(?:[:\-–—](?=(\s*))\6)?(.*)$/;

// A slot is a pause when it says nothing but pause words and words that go with them ("Short coffee break",
// "Networking & pizza", "הפסקה של 10 דקות"), or when a pause word leads or ends a list of what it holds
// ("Mingling, getting to know our community", "התכנסות וכיבוד קל", "Intro and welcome"). A pause word within a
// title makes none ("Gathering metrics with perf"); nor does networking, a kernel subject too, with anything but
// pauses ("Networking 101"); nor do the pause words that are kernel words too, in a list of other things ("Make
// and break", "Registration and discovery of PCI devices"). Brackets, hours and sponsors are left aside. Hebrew's
// words may have "and", "the" or "in" before them; "a break of" and "a meal of" lead a meal or a length.
const PAUSE_WORD =
  /^(?:mingl\w*|gather\w*|arriv\w*|break|checkin|coffee|food|drinks?|snacks?|beers?|pizzas?|dinner|lunch|breakfast|refreshments?|beverages?|welcome|registration|doors|reception|social\w*|hangout|qa|[והב]?(?:התכנסות|מינגלינג|הפסקה|פיצה|פיצות|הרשמה|רישום|ארוחה|כיבוד|בירה|בירות|קפה|שתי?יה|אוכל))$/u;
const KERNEL_WORD = /^(?:gather\w*|arriv\w*|break|welcome|registration|doors|[והב]?(?:כיבוד|הרשמה|רישום))$/u;
const NETWORKING = /^(?:networking|[והב]?נטוורקינג)$/u;
const WITH_PAUSE =
  /^(?:and|the|a|at|for|with|time|light|short|quick|long|open|opens|intro|opening|until|till|oclock|ערב|של|קל|קלה|קצר|קצרה|&|\+)$/u;
const MINUTES = /^(?:\d*m|min|mins|minutes?|דקות|דק)$/u;
const LEADS_ANY =
  /^[והב]?(?:הפסקת|ארוחת)[\s\u05be-]+(?:[והב]?(?:קפה|פיצה|צהריים|צהרים|ערב|בוקר|קצרה|קלה))(?![\p{L}\p{N}])/u;
const LEADS_LIST = /^[^\p{L}\p{N}]*[\p{L}\p{N}_]+(?:\s*[,;/&+–—]|\s+(?:-|and\s|ו\p{L}))/u;
const ENDS_LIST = /(?:[,&+/]|\sand)\s*[\p{L}\p{N}_]+[^\p{L}\p{N}]*$/u;
const ASIDE = /\([^)]*\)?|\[[^\]]*\]?|\d{1,2}[:.]\d{2}|(?:^|[\s,–—-])(?:sponsored by|courtesy of|בחסות)\s.*$/gu;
// How a talk is given, said after its title: "CMA (lecture + Q&A)", "PaX (and Q&A)", "… in kernel. (Lecture)".
const QA = `(?:q\\s*(?:&|and)\\s*a|שאלות\\s*ו?תשובות|שו["״]ת)`;
const FORMAT_NOTE = new RegExp(
  `\\s*\\.?\\s*\\((?:(?:lecture|talk|הרצאה)(?:\\s*(?:\\+|&|and|,|ו)\\s*${QA})?|(?:(?:and|&|\\+|ו)\\s*)?${QA})\\s*\\)$`,
  "iu",
);
// "Q&A" after a talk is the talk's, not one of its own for the archive and search: a slot, as a break is.
const QUESTIONS = /^(?:open )?(?:q ?(?:&|and) ?a|questions(?: ?(?:and|&) ?answers)?|שאלות(?: ו?תשובות)?|שו["״]?ת)$/u;
const PAUSE_PHRASE = /^(?:check-?in|happy hour|meet (?:&|and) greet|קבלת פנים|ברוכים הבאים)$/u;

function isPause(title: string): boolean {
  const text = title
    .toLowerCase()
    .replace(ASIDE, " ")
    // One word each: "check-in", "o'clock"; and a length in minutes, "10'".
    .replace(/\bcheck-in\b/g, "checkin")
    .replace(/\bo['’]clock\b/g, "oclock")
    .replace(/\b(\d+)['’]/g, "$1m")
    .trim()
    .replace(/^(?:a|an|the)\s+/, "");
  const bare = text
    .replace(/[^\p{L}\p{N}&\s״"-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (QUESTIONS.test(bare) || PAUSE_PHRASE.test(bare)) return true;
  // "Q&A" as one word, a pause among others: "Q&A + break", "Q&A and closing".
  const slot = text.replace(/\bq\s*&\s*a\b/g, "qa");
  const words = slot.match(/[\p{L}\p{N}_&+]+/gu) ?? [];
  // A number is a length beside minutes, or a break's own number ("Break 2"), not networking's ("Networking 101").
  const minutes = words.some((word) => MINUTES.test(word));
  const numbered = words.some((word) => PAUSE_WORD.test(word));
  const goesWith = (word: string) =>
    PAUSE_WORD.test(word) ||
    NETWORKING.test(word) ||
    WITH_PAUSE.test(word) ||
    MINUTES.test(word) ||
    (minutes && /^\d+$/.test(word)) ||
    (numbered && /^\d$/.test(word));
  // A pause word at one end of a list; one that is a kernel word too only beside another pause.
  const listed = (word: string | undefined, next: string | undefined) =>
    !!word && PAUSE_WORD.test(word) && (!KERNEL_WORD.test(word) || (!!next && goesWith(next)));
  const named = words.filter((word) => !/^(?:and|&|\+)$/.test(word));
  return (
    LEADS_ANY.test(slot) ||
    (LEADS_LIST.test(slot) && listed(words[0], named[1])) ||
    (words.length > 1 &&
      (words.at(-1)!.startsWith("ו") || ENDS_LIST.test(slot)) &&
      listed(words.at(-1), named.at(-2))) ||
    (words.every(goesWith) && words.some((word) => PAUSE_WORD.test(word) || NETWORKING.test(word)))
  );
}

// The first event link, as one pattern with the three hosts as its branches found it: that pattern read a word
// to its end again from each "http://meetup.com/" in it, where this reads each word once.
const MEETUP_LINK = /https?:\/\/(?:www\.)?meetup\.com\/(?=([^\s)\]>"']+))\1/gi;
const MEETUP_EVENT = /^[^\s)\]>"']+\/events\/\d+\/?/i;
const OTHER_EVENT_LINK = /https?:\/\/(?:www\.)?(?:eventbrite\.[a-z.]+\/e\/[^\s)\]>"']+|lu\.ma\/[^\s)\]>"']+)/i;

function firstEventLink(body: string): string | undefined {
  let meetup: { index: number; link: string } | undefined;
  // A meetup.com link later in the same word has less of it to find "/events/" in: matchAll goes on after the word.
  for (const m of body.matchAll(MEETUP_LINK)) {
    const tail = m[1]!;
    const event = MEETUP_EVENT.exec(tail)?.[0];
    if (event) {
      meetup = { index: m.index, link: m[0].slice(0, -tail.length) + event };
      break;
    }
  }
  const other = OTHER_EVENT_LINK.exec(body);
  // No two hosts' links start at one place: the earlier is the first.
  return other && (!meetup || other.index < meetup.index) ? other[0] : meetup?.link;
}

// "Schedule", "**Agenda:**", "## Program :"...: no "\s*" next to another (three took time in the cube of the spaces).
const SCHEDULE_LABEL =
  /^\s*(?:#+\s*)?(?:\*\*)?(?:schedule|agenda|program(?:me)?)\s*(?:(?::\*\*|:|\*\*)\s*)?(?::\s*)?$/i;
// "The schedule for this meetup is:", "Meetup schedule:", "לוח הזמנים:": a line that only leads into the schedule.
const SCHEDULE_INTRO =
  /^[^\n:]{0,80}(?<![\p{L}\p{N}])(?:schedule|agenda|program(?:me)?|ה?(?:לו["״]ז|לוח\s?(?:ה)?זמנים|סדר\s?היום|תו?כנית))(?![\p{L}\p{N}])[^\n:]{0,80}:(?:\*\*)?\s*$/iu;
const isScheduleLabel = (text: string) => SCHEDULE_LABEL.test(text) || SCHEDULE_INTRO.test(text);

// A line after a slot line goes on with its paragraph unless the slot line ends in a line break or the next line
// starts a block of its own.
const LINE_BREAK = /(?: {2}|\\)$/;
const BLOCK_START = /^\s*(?:[-*+>#]|\d+\.|```|~~~|$)/;
// "Persistent memory Persistent memory holds a lot of promise: what's": a title pasted with its abstract, which starts
// by saying the title again.
const TITLE_SAID_AGAIN = /^(\S.{0,78}?)\s+(?=\1\s)/iu;

const clock = (h: string, m: string) => `${h.padStart(2, "0")}:${m}`;

/** Pulls the schedule and the RSVP link out of a legacy post's free text. */
export function readLegacyBody(body: string): LegacyBody {
  const text = body.replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  // Each line read once: whether it is a slot line, and (below) whether the next one is.
  const slotLines = lines.map((line) => SLOT_LINE.exec(line.trimEnd()));
  // A log pasted in a code block may look like schedule lines: its lines stay code.
  const code = slotLines.some(Boolean) ? codeLines(text) : new Set<number>();
  const slots: LegacySlot[] = [];
  const kept: Line[] = [];
  lines.forEach((line, i) => {
    const m = code.has(i + 1) ? null : slotLines[i];
    if (m && m[1] && m[2] && m[3] && m[4] && Number(m[1]) < 24 && Number(m[3]) < 24) {
      // A line that leads into the schedule goes with it, blank lines between or not: the page shows the schedule on
      // its own.
      const before = kept.findLastIndex((k) => k.code || k.text.trim() !== "");
      if (before >= 0 && !kept[before]!.code && isScheduleLabel(kept[before]!.text)) kept.splice(before, 1);
      const next = lines[i + 1];
      const runsOn = !LINE_BREAK.test(line) && next !== undefined && !BLOCK_START.test(next) && !slotLines[i + 1];
      const written = (m[7] ?? "").trim();
      const said = runsOn ? TITLE_SAID_AGAIN.exec(written)?.[1] : undefined;
      // The abstract that followed the title stays in the body, as it was written.
      if (said) kept.push({ text: written.slice(said.length).trimStart(), code: false });
      const text = plainText(said ?? written);
      const isBreak = isPause(text);
      // "mingling" reads better as "Mingling"; a talk title keeps its case ("userfaultfd ..."), less how it is given.
      slots.push({
        time: clock(m[1], m[2]),
        end: clock(m[3], m[4]),
        title: isBreak ? text.charAt(0).toUpperCase() + text.slice(1) : text.replace(FORMAT_NOTE, "") || text,
        isBreak,
      });
      // A slot line that runs on into a paragraph keeps its paragraph: only the line goes.
      return;
    }
    kept.push({ text: line, code: code.has(i + 1) });
  });

  const rsvp = firstEventLink(body);
  const rest = tidy(kept, slots.length > 0, rsvp);
  return { slots, rsvp, rest };
}

interface Line {
  text: string;
  /** In a code block, where a blank line is part of the code. */
  code: boolean;
}

/**
 * The blocks of what is left, one blank line apart, without what the page shows
 * elsewhere: a "Schedule:" label left empty and a paragraph that is only the RSVP
 * link. Lines keep their trailing spaces: two of them are a line break, as kramdown read them.
 */
function tidy(lines: Line[], hadSchedule: boolean, rsvp: string | undefined): string {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (!line.code && line.text.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line.text);
  }
  if (current.length > 0) blocks.push(current);
  return blocks
    .map((block) => block.join("\n"))
    .filter((p) => !(hadSchedule && SCHEDULE_LABEL.test(p)))
    .filter((p) => !(rsvp && isOnlyLink(p, rsvp)))
    .join("\n\n");
}

function isOnlyLink(paragraph: string, url: string): boolean {
  const text = paragraph.trim();
  return text === url || text === `<${url}>` || (/^\[[^\]]*\]\([^)]*\)$/.test(text) && text.includes(url));
}
