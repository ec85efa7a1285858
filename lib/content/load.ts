import { site } from "../site/config";
import { checkAcrossFiles, type LinkingFile, type MeetupFile } from "./collection";
import { listContent, type ContentFile } from "./files";
import { readFrontMatter } from "./front-matter";
import { normaliseMeetup, type RawDocument } from "./meetup";
import { kindFromPath, slugFromPath, sourcePathOf } from "./paths";
import { placeholderProblems } from "./placeholders";
import { formatProblem, type Problem } from "./problems";
import { normalisePage } from "./page";
import { checkPublicFolder } from "./public-folder";
import { normaliseSpeaker } from "./speaker";
import type { Meetup, Page, Speaker } from "./schema";

// The content gate: the only code that reads the organizers' files, each once. Every problem of
// every file is collected in one run, and nothing an organizer writes makes it throw.

/** Splits and parses one file's front matter; its problems name the file. */
export function parseFile(file: ContentFile, dir: string): { doc?: RawDocument; problems: Problem[] } {
  const sourcePath = sourcePathOf(dir, file.relPath);
  const result = readFrontMatter(file.text);
  if (!result.ok)
    return { problems: result.problems.map((message) => ({ file: sourcePath, field: "front matter", message })) };
  const { data, body, bodyLine } = result.value;
  return { doc: { sourcePath, slug: slugFromPath(file.relPath), data, body, bodyLine }, problems: [] };
}

export interface LoadedContent {
  meetups: Meetup[];
  speakers: Speaker[];
  /** The pages beside the two sections: the code of conduct, when there is one. */
  pages: Page[];
  problems: Problem[];
}

interface LoadOptions {
  /** public/: photos and logos must be in it; old addresses must not be. */
  publicDir?: string;
  /** false: check everything, but leave the HTML out (the content check). */
  render?: boolean;
  /** The preview, while an organizer edits: an editor's swap and backup files are not content. */
  editing?: boolean;
  /** The site's time zone, for meetups that don't name one; default: the site settings'. */
  timeZone?: string;
  /** The old Jekyll site's permalink style (jekyll_permalink); default: the site settings'. */
  jekyllPermalink?: string;
  /** A file read with this text instead of what is on disk (or beside it, when new): a command checks what it is about to write. */
  replace?: ContentFile;
}

/**
 * What writing `file` would refuse: its own problems, and those it would make in other files (a link to a year
 * page the meetup leaves, a topic another meetup spells otherwise), which weren't there before.
 */
export function problemsOfWriting(
  dir: string,
  file: ContentFile,
  options: Omit<LoadOptions, "replace"> = {},
): Problem[] {
  const before = new Set(loadContent(dir, options).problems.map(formatProblem));
  const own = sourcePathOf(dir, file.relPath);
  return loadContent(dir, { ...options, replace: file }).problems.filter(
    (p) => p.file === own || !before.has(formatProblem(p)),
  );
}

/** Reads and checks every file of the content folder, all problems at once: the build must stop on any. */
export function loadContent(
  dir: string,
  {
    publicDir = "public",
    render = true,
    editing = false,
    timeZone = site.timeZone,
    jekyllPermalink = site.jekyllPermalink,
    replace,
  }: LoadOptions = {},
): LoadedContent {
  const listed = listContent(dir, { editing });
  const problems: Problem[] = [...listed.problems];
  const meetups: Meetup[] = [];
  const speakers: Speaker[] = [];
  const pages: Page[] = [];
  const meetupFiles: MeetupFile[] = [];
  const speakerFiles: { slug: string; sourcePath: string }[] = [];
  const pageSlugs: string[] = [];
  const linking: LinkingFile[] = [];
  const refused = new Set(listed.misnamed);
  const options = { publicDir, html: render, jekyllPermalink };
  // Published (check, build), not previewed: the scaffolder's placeholders are refused.
  const publish = !editing;

  const files = listed.files.map((f) => (f.relPath === replace?.relPath ? replace : f));
  // A file about to be written for the first time is read as if it were there.
  if (replace && !files.includes(replace)) files.push(replace);
  for (const file of [...files, ...listed.misnamed].sort((a, b) => (a.relPath < b.relPath ? -1 : 1))) {
    const sourcePath = sourcePathOf(dir, file.relPath);
    const slug = slugFromPath(file.relPath);
    // A misnamed file is checked too, so that its other problems show in this run, but never kept.
    const keep = !refused.has(file);
    // Each file on its own (front matter, fields, Markdown); what no single file can tell is checked after.
    try {
      const { doc, problems: unread } = parseFile(file, dir);
      const kind = kindFromPath(file.relPath);
      if (!doc) {
        problems.push(...unread);
        // The speaker is there, if unreadable: their talks don't add "unknown speaker" to the file's own problem.
        if (kind === "speaker" && keep) speakerFiles.push({ slug, sourcePath });
      } else if (kind === "page") {
        const { page, problems: own, links } = normalisePage(doc, options);
        problems.push(...own);
        pageSlugs.push(slug);
        linking.push({ sourcePath, page: `/${slug}/`, links, draft: false });
        if (page) pages.push(page);
      } else if (kind === "meetup") {
        const { meetup, problems: own, refs } = normaliseMeetup(doc, timeZone, options);
        problems.push(...own, ...(publish && !refs.draft ? placeholderProblems(doc, "body") : []));
        if (!keep) continue;
        meetupFiles.push({ slug, sourcePath, refs });
        linking.push({ sourcePath, page: `/meetups/${slug}/`, links: refs.links, draft: refs.draft });
        if (meetup) meetups.push(meetup);
      } else {
        const { speaker, problems: own, links } = normaliseSpeaker(doc, options);
        problems.push(...own, ...(publish ? placeholderProblems(doc, "bio") : []));
        if (!keep) continue;
        speakerFiles.push({ slug, sourcePath });
        linking.push({ sourcePath, page: `/speakers/${slug}/`, links, draft: false });
        if (speaker) speakers.push(speaker);
      }
    } catch (error) {
      // A bug of the gate's, not the organizer's: still a problem with the file, never a stack trace.
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        file: sourcePath,
        field: "file",
        message: `could not be read (${reason}): please report this with the file`,
      });
    }
  }
  problems.push(...checkAcrossFiles(meetupFiles, speakerFiles, { dir, pages: pageSlugs, linking, publicDir, publish }));
  // public/ is copied to the site as it is: what it holds is checked on every path too.
  problems.push(
    ...checkPublicFolder(
      publicDir,
      meetupFiles.map((m) => m.slug),
    ),
  );
  return { meetups, speakers, pages, problems };
}
