import { site } from "../site/config";
import { formatClock } from "../site/time";
import { readFrontMatter, toMarkdownFile } from "./front-matter";
import { isJekyllPost, readLegacyBody, readLiquid } from "./legacy";
import { JEKYLL_FIELDS, JEKYLL_THEME_FIELDS } from "./schema";
import { normaliseMeetup } from "./meetup";
import { slugFromPath } from "./paths";
import { formatProblem } from "./problems";

interface UpgradeResult {
  /** The file's new text; the same text when there was nothing to upgrade. */
  text: string;
  changed: boolean;
  /** What the organizer should look at: things that could not be placed, speakers to link. */
  notes: string[];
}

// Jekyll's fields that the structured form says otherwise: topics, redirect_from, date, summary, draft. None may be
// left, or the upgraded file would still read as a Jekyll post (with an old address made of its name again).
const REPLACED = new Set([...JEKYLL_FIELDS, "date", "tag", "slug", "description"]);
// What only the old site's theme showed (author, comments...): the structured form has no place for it.
const DROPPED = JEKYLL_THEME_FIELDS.filter((field) => !REPLACED.has(field));

/** Whether a file is a Jekyll post that `npm run upgrade` would rewrite. */
export function isLegacy(data: Record<string, unknown>, body: string): boolean {
  return isJekyllPost(data) || (!("schedule" in data) && readLegacyBody(body).slots.length > 0);
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** A short paragraph of one line without a full stop: how the old posts wrote a talk's or a person's name. */
const isHeadingLike = (p: string) => !p.includes("\n") && p.length <= 80 && !/[.:!?]$/.test(p.trim());

/**
 * Rewrites a legacy Jekyll post into the structured form of the content contract,
 * keeping every piece of its text somewhere: in a field or in the body.
 */
export function upgradeLegacyPost(text: string, filePath: string, { publicDir = "public" } = {}): UpgradeResult {
  // Through the content gate, as the build reads it: a file it refuses is not rewritten. What the new text makes
  // of the other files (an old address another meetup has) is scripts/upgrade.ts's to ask, with the whole folder.
  const front = readFrontMatter(text);
  const refuse = (lines: string[]) => new Error(`cannot upgrade ${filePath}:\n${lines.join("\n")}`);
  if (!front.ok)
    throw refuse(front.problems.map((message) => formatProblem({ file: filePath, field: "front matter", message })));
  const { data, body: content, bodyLine } = front.value;
  if (!isLegacy(data, content))
    return { text, changed: false, notes: ["already in the structured form: nothing to do"] };

  const { meetup, problems } = normaliseMeetup(
    { sourcePath: filePath, slug: slugFromPath(filePath), data, body: content, bodyLine },
    site.timeZone,
    { publicDir, html: false, jekyllPermalink: site.jekyllPermalink },
  );
  if (!meetup) throw refuse(problems.map(formatProblem));

  const notes: string[] = [];
  const { rest } = readLegacyBody(readLiquid(content).text);
  const paragraphs = rest ? rest.split(/\n\s*\n/) : [];

  // A paragraph that repeats a talk's title starts that talk's abstract, which runs
  // until the next heading-like line.
  const abstracts = new Map<number, string[]>();
  const titleIndex = new Map(meetup.schedule.map((s, i) => [key(s.title), i] as const));
  const kept: string[] = [];
  let current: number | undefined;
  for (const p of paragraphs) {
    const talk = titleIndex.get(key(p));
    if (talk !== undefined && meetup.schedule[talk]?.kind === "talk") {
      current = talk;
      abstracts.set(talk, []);
      continue;
    }
    if (current !== undefined && !isHeadingLike(p)) {
      abstracts.get(current)?.push(p);
      continue;
    }
    current = undefined;
    kept.push(p);
  }

  const tz = meetup.timeZone;
  const hhmm = (iso: string) => formatClock(iso, tz);
  const schedule = meetup.schedule.map((slot, i) => {
    const abstract = abstracts.get(i)?.join("\n\n");
    // Named as npm run check names a slot: counted from 1.
    if (slot.kind === "talk")
      notes.push(`schedule, slot ${i + 1} ("${slot.title}"): link its speakers (speakers: [slug])`);
    // A postponed meetup's talks have no times until its new date is set.
    return {
      ...(meetup.status !== "postponed" && { time: hhmm(slot.start), ...(slot.end && { end: hhmm(slot.end) }) }),
      title: slot.title,
      ...(slot.kind === "talk" && { kind: "talk" }),
      ...(abstract && { abstract: `${abstract}\n` }),
    };
  });
  const unmatched = meetup.schedule.filter((s, i) => s.kind === "talk" && !abstracts.get(i)?.length);
  if (unmatched.length > 0 && kept.length > 0) {
    notes.push(
      `could not tell which paragraphs describe ${unmatched.map((s) => `"${s.title}"`).join(", ")}: ` +
        `they stay in the body (${kept.length} paragraph${kept.length === 1 ? "" : "s"}); move them to an abstract if they belong there`,
    );
  }

  const fields: Record<string, unknown> = {
    title: meetup.title,
    date: meetup.hasTime ? meetup.start : meetup.day,
    ...(meetup.hasTime && { end: meetup.end }),
    ...(data.timezone !== undefined && { timezone: tz }),
    ...(meetup.language && { language: meetup.language }),
  };
  for (const [k, v] of Object.entries(data))
    if (!REPLACED.has(k) && !DROPPED.includes(k) && !(k in fields)) fields[k] = v;
  const summarised = ["description", "excerpt", "excerpt_separator"].some((k) => k in data);
  if (meetup.summary && summarised && data.summary === undefined) fields.summary = meetup.summary;
  if (data.summary !== undefined && data.description !== undefined && data.description !== data.summary) {
    notes.push("description: left out, as the summary says what the meetup is; move any of it there you want kept");
  }
  if (data.published === false && data.draft === undefined) fields.draft = true;
  const dropped = DROPPED.filter((k) => k in data);
  if (dropped.length > 0)
    notes.push(
      `${dropped.join(", ")}: the old site's theme showed them; the site has no place for them, so they were left out`,
    );
  if (meetup.rsvp) fields.rsvp = meetup.rsvp;
  if (meetup.topics.length > 0) fields.topics = meetup.topics;
  if (meetup.redirects.length > 0)
    fields.redirect_from = meetup.redirects.length === 1 ? meetup.redirects[0] : meetup.redirects;
  if (schedule.length > 0) fields.schedule = schedule;
  if (!meetup.hasTime)
    notes.push("no schedule in the body: the start time is unknown, so only the day is kept; add the time to date");

  const body = kept.join("\n\n");
  return { text: toMarkdownFile(fields, body), changed: true, notes };
}
