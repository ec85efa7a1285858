import type { MeetupRefs } from "./meetup";
import { didYouMean } from "./did-you-mean";
import { fieldPath, itemPath, type Problem } from "./problems";
import { reservedPath } from "./site-paths";
import type { Meetup, Speaker } from "./schema";

interface Sourced {
  slug: string;
  sourcePath: string;
}

/** A meetup file as the cross-file checks see it: read even when it has problems of its own. */
export interface MeetupFile extends Sourced {
  refs: MeetupRefs;
}

/**
 * What no single file can tell: two files with one slug, a talk by a speaker
 * who has no file, an old address that two meetups claim or that is another
 * meetup's page. Runs over every file that could be read, problems or not, so
 * that all of them show in one run.
 */
export function checkAcrossFiles(meetups: MeetupFile[], speakers: Sourced[]): Problem[] {
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
            : `unknown speaker "${slug}": expected a file content/speakers/${slug}.md`,
        });
      }
    }
  }
  const slugs = meetups.map((m) => m.slug);
  const redirectOwner = new Map<string, string>();
  for (const m of meetups) {
    for (const { field, path } of m.refs.redirects) {
      const key = path.toLowerCase();
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
  // One old address can't be a file and hold another one in it ("/a" and "/a/b.html").
  const all = [...redirectOwner.keys()].map((p) => p.replace(/\/$/, "/index.html"));
  for (const m of meetups) {
    for (const { field, path } of m.refs.redirects) {
      const inside = all.find((other) => other.startsWith(`${path.toLowerCase()}/`));
      if (inside && !path.endsWith("/")) {
        problems.push({
          file: m.sourcePath,
          field,
          message: `the old address ${path} would be a file, but ${inside} needs it to be a folder: expected one of the two`,
        });
      }
    }
  }
  return problems;
}

/**
 * The same checks over validated documents, for code that has only those
 * (lib/site/meetups.ts). A missing photo is the speaker file's own check now.
 */
export function checkCollection(
  meetups: Meetup[],
  speakers: Speaker[],
  publicFileExists: (publicPath: string) => boolean,
): Problem[] {
  const files = meetups.map((m) => ({
    slug: m.slug,
    sourcePath: m.sourcePath,
    refs: {
      speakers: m.schedule.flatMap((slot, i) => slot.speakers.map((slug) => ({ field: fieldPath(itemPath("schedule", i, slot), "speakers"), slug }))),
      redirects: m.redirects.map((path) => ({ field: "redirect_from", path })),
    },
  }));
  const problems = checkAcrossFiles(files, speakers);
  for (const s of speakers) {
    if (s.photo && !publicFileExists(s.photo)) {
      problems.push({ file: s.sourcePath, field: "photo", message: `expected a file public${s.photo}, but there is none` });
    }
  }
  return problems;
}

function duplicateSlugs(docs: Sourced[], folder: string): Problem[] {
  // Compared without case: macOS and Windows disks make /a/ and /A/ one folder.
  const bySlug = new Map<string, string[]>();
  for (const d of docs) bySlug.set(d.slug.toLowerCase(), [...(bySlug.get(d.slug.toLowerCase()) ?? []), d.sourcePath]);
  return [...bySlug.entries()]
    .filter(([, files]) => files.length > 1)
    .flatMap(([slug, files]) =>
      files.map((file) => ({
        file,
        field: "file name",
        message: `two files make /${folder}/${slug}: expected one slug per file, also in ${files.filter((f) => f !== file).join(", ")}`,
      })),
    );
}
