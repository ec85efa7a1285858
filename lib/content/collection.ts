import type { Problem } from "./problems";
import type { Meetup, Speaker } from "./types";

interface Sourced {
  slug: string;
  sourcePath: string;
}

/** What no single file can tell: two files with one slug, a talk by a speaker who has no file, a missing photo. */
export function checkCollection(
  meetups: Meetup[],
  speakers: Speaker[],
  publicFileExists: (publicPath: string) => boolean,
): Problem[] {
  const problems = [...duplicateSlugs(meetups, "meetups"), ...duplicateSlugs(speakers, "speakers")];
  const known = new Set(speakers.map((s) => s.slug));
  for (const m of meetups) {
    m.schedule.forEach((slot, i) => {
      for (const slug of slot.speakers) {
        if (!known.has(slug)) {
          problems.push({
            file: m.sourcePath,
            field: `schedule[${i}].speakers`,
            message: `unknown speaker "${slug}": expected a file content/speakers/${slug}.md`,
          });
        }
      }
    });
  }
  const redirectOwner = new Map<string, string>();
  for (const m of meetups) {
    for (const from of m.redirects) {
      const owner = redirectOwner.get(from);
      if (owner) {
        problems.push({
          file: m.sourcePath,
          field: "redirect_from",
          message: `the old address ${from} already leads to ${owner}: expected each old address on one meetup only`,
        });
      } else redirectOwner.set(from, m.sourcePath);
    }
  }
  for (const s of speakers) {
    if (s.photo && !publicFileExists(s.photo)) {
      problems.push({ file: s.sourcePath, field: "photo", message: `expected a file public${s.photo}, but there is none` });
    }
  }
  return problems;
}

function duplicateSlugs(docs: Sourced[], folder: string): Problem[] {
  const bySlug = new Map<string, string[]>();
  for (const d of docs) bySlug.set(d.slug, [...(bySlug.get(d.slug) ?? []), d.sourcePath]);
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
