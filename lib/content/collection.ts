import { topicSlug } from "../site/text";
import type { FieldLink } from "./markdown-field";
import type { MeetupRefs } from "./meetup";
import { didYouMean } from "./did-you-mean";
import { sourcePathOf } from "./paths";
import type { Problem } from "./problems";
import { pageFile, reservedPath, siteLinkProblem, type SitePages } from "./site-paths";

interface Sourced {
  slug: string;
  sourcePath: string;
}

/** A meetup file as the cross-file checks see it: read even when it has problems of its own. */
export interface MeetupFile extends Sourced {
  refs: MeetupRefs;
}

/** A file whose Markdown may link to paths on the site: a meetup, a speaker, a page. */
export interface LinkingFile {
  sourcePath: string;
  /** The address of the file's own page (/meetups/<slug>/): where a relative link starts from. */
  page: string;
  links: FieldLink[];
  /** A draft's links may lead to other drafts. */
  draft: boolean;
}

/**
 * What no single file can tell: duplicate slugs, unknown speakers, clashing old addresses and topics, broken
 * links. Runs over every file that could be read, problems or not, so that all of them show in one run.
 */
export function checkAcrossFiles(
  meetups: MeetupFile[],
  speakers: Sourced[],
  {
    dir = "content",
    pages = [],
    linking = [],
    publicDir,
    publish = true,
  }: { dir?: string; pages?: string[]; linking?: LinkingFile[]; publicDir?: string; publish?: boolean } = {},
): Problem[] {
  const problems = [...duplicateSlugs(meetups, "meetups"), ...duplicateSlugs(speakers, "speakers")];
  const known = new Set(speakers.map((s) => s.slug));
  const speakerSlugs = [...known];
  for (const m of meetups) {
    for (const { field, slug } of m.refs.speakers) {
      if (!known.has(slug)) {
        const guess = didYouMean(slug, speakerSlugs);
        problems.push({
          file: m.sourcePath,
          field,
          message: guess
            ? `unknown speaker "${slug}": did you mean "${guess}"?`
            : `unknown speaker "${slug}": expected a file ${sourcePathOf(dir, `speakers/${slug}.md`)}`,
        });
      }
    }
  }
  const slugs = meetups.map((m) => m.slug);
  const redirectOwner = new Map<string, string>();
  for (const m of meetups) {
    for (const { field, path } of m.refs.redirects) {
      // One file of the export answers "/a" and "/a/" alike.
      const key = pageFile(path).toLowerCase();
      const owner = redirectOwner.get(key);
      const reason = reservedPath(path, { meetups: slugs });
      if (reason) {
        problems.push({ file: m.sourcePath, field, message: `the old address ${path} can't be used: ${reason}` });
      } else if (owner) {
        problems.push({
          file: m.sourcePath,
          field,
          message: `the old address ${path} already leads to ${owner}: expected each old address on one meetup only`,
        });
      } else redirectOwner.set(key, m.sourcePath);
    }
  }
  // One old address can't be a file and hold another one in it ("/a.html" and "/a.html/b.html"): each folder an
  // address is in, with the first address in it.
  const folders = new Map<string, string>();
  for (const key of redirectOwner.keys()) {
    for (let at = key.indexOf("/"); at !== -1; at = key.indexOf("/", at + 1)) {
      if (!folders.has(key.slice(0, at))) folders.set(key.slice(0, at), key);
    }
  }
  for (const m of meetups) {
    for (const { field, path } of m.refs.redirects) {
      const inside = folders.get(pageFile(path).toLowerCase());
      if (inside) {
        problems.push({
          file: m.sourcePath,
          field,
          message: `the old address ${path} would be a file, but /${inside} needs it to be a folder: expected one of the two`,
        });
      }
    }
  }
  problems.push(...topicCollisions(meetups));
  if (linking.length > 0) {
    const site = (withDrafts: boolean) => sitePages(meetups, speakers, pages, publicDir, withDrafts);
    const published = site(!publish);
    const all = publish ? site(true) : published;
    for (const file of linking) {
      for (const { field, url, where } of file.links) {
        const problem = siteLinkProblem(url, file.page, file.draft ? all : published);
        if (problem)
          problems.push({
            file: file.sourcePath,
            field,
            message: `${where ? `${where}: ` : ""}link ${JSON.stringify(url)} ${problem}`,
          });
      }
    }
  }
  return problems;
}

/** What the site will have, from every file that could be read (drafts only when they are published too). */
function sitePages(
  meetups: MeetupFile[],
  speakers: Sourced[],
  pages: string[],
  publicDir: string | undefined,
  withDrafts: boolean,
): SitePages {
  const shown = meetups.filter((m) => withDrafts || !m.refs.draft);
  const yearOf = (m: MeetupFile) => m.refs.day?.slice(0, 4);
  return {
    meetups: new Set(shown.map((m) => m.slug)),
    years: new Set(shown.flatMap((m) => yearOf(m) ?? [])),
    talkYears: new Set(shown.flatMap((m) => (m.refs.talks ? (yearOf(m) ?? []) : []))),
    topics: new Set(shown.flatMap((m) => m.refs.topics.map((t) => topicSlug(t.name)))),
    speakers: new Set(speakers.map((s) => s.slug)),
    pages: new Set(pages),
    redirects: new Set(shown.flatMap((m) => m.refs.redirects.map((r) => pageFile(r.path)))),
    ...(publicDir !== undefined && { publicDir }),
  };
}

/**
 * Two spellings of a topic that make one address (/topics/c/ for "c" and "c++"): the second is refused.
 * Case alone makes one topic; a space or hyphen more ("Real Time" beside "real-time") is refused with a suggestion.
 */
function topicCollisions(meetups: MeetupFile[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, { name: string; file: string }>();
  const byWords = new Map<string, { name: string; file: string }>();
  const words = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, "");
  for (const m of meetups) {
    for (const { field, name } of m.refs.topics) {
      const slug = topicSlug(name);
      const seen = bySlug.get(slug);
      const spelt = byWords.get(words(name));
      if (!seen) bySlug.set(slug, { name, file: m.sourcePath });
      if (!spelt) byWords.set(words(name), { name, file: m.sourcePath });
      const other = spelt ?? seen;
      if (!other || other.name.toLowerCase() === name.toLowerCase()) continue;
      const where = other.file === m.sourcePath ? "in this file too" : `in ${other.file}`;
      problems.push({
        file: m.sourcePath,
        field,
        message: spelt
          ? `the topic ${JSON.stringify(name)} is another spelling of ${JSON.stringify(spelt.name)}, ${where}: did you mean ${JSON.stringify(spelt.name)}?`
          : `the topic ${JSON.stringify(name)} would have the address /topics/${slug}/, as ${JSON.stringify(other.name)} ${where} has: expected one spelling of one topic (case aside), or topics that differ in letters or digits`,
      });
    }
  }
  return problems;
}

function duplicateSlugs(docs: Sourced[], folder: string): Problem[] {
  // Compared as macOS and Windows disks compare names, which make /a/ and /A/ one folder: without case, and
  // with é one letter however it was typed (NFC), and σ and ς one letter.
  const bySlug = new Map<string, Sourced[]>();
  for (const d of docs) {
    const key = d.slug.normalize("NFC").toLowerCase().replaceAll("ς", "σ");
    bySlug.set(key, [...(bySlug.get(key) ?? []), d]);
  }
  return [...bySlug.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.map(({ slug, sourcePath }) => ({
        file: sourcePath,
        field: "file name",
        message: `two files make /${folder}/${slug}: expected one slug per file, also in ${same
          .filter((d) => d.sourcePath !== sourcePath)
          .map((d) => d.sourcePath)
          .join(", ")}; rename one`,
      })),
    );
}
