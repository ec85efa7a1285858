import path from "node:path";

/** Where the organizers' Markdown lives; tests point it at their own fixtures. */
export const contentDir = (): string => process.env.CONTENT_DIR ?? "content";

/** Markdown by extension; which names the gate reads is lib/content/files.ts's business. */
export const MARKDOWN_FILE = /\.(md|markdown)$/;

/** A file of the content folder (`relPath` in it) as messages name it: content/meetups/x.md. */
export const sourcePathOf = (dir: string, relPath: string) => path.posix.join(dir.split(path.sep).join("/"), relPath);

/** Letters and digits of any script, marks, "-", "_" and "."; no dot first or last. */
export const SLUG = /^[\p{L}\p{M}\p{N}_-](?:[\p{L}\p{M}\p{N}_.-]*[\p{L}\p{M}\p{N}_-])?$/u;

/** A file's name without its extension, whatever subfolder it is in. */
export const fileStem = (relPath: string): string => path.posix.basename(relPath).replace(/\.(md|markdown)$/i, "");

/**
 * The slug is the file's name, but for a Jekyll post's name that can't be an address ("2016-05-29-C++ and Rust",
 * which Jekyll took): there, each run of spaces and punctuation becomes "-" ("2016-05-29-C-and-Rust"). A speaker's
 * name, and any other character, stays as it is, for lib/content/files.ts to refuse.
 */
export function slugFromPath(relPath: string): string {
  const stem = fileStem(relPath);
  const dated = /^(\d{4}-\d{2}-\d{2}-)(.+)$/.exec(stem);
  if (SLUG.test(stem) || !dated || /(?:^|\/)speakers\//.test(relPath)) return stem;
  const name = dated[2]!.replace(/(?:(?![_.-])[\p{P}\p{S}\p{Zs}])+/gu, "-").replace(/[-.]+$/, "");
  return name ? dated[1] + name : stem;
}

/** The pages the content folder may hold beside its two sections, by file name. */
export const PAGE_FILES = ["code-of-conduct.md"] as const;

export function kindFromPath(relPath: string): "meetup" | "speaker" | "page" | undefined {
  if (relPath.startsWith("meetups/")) return "meetup";
  if (relPath.startsWith("speakers/")) return "speaker";
  if ((PAGE_FILES as readonly string[]).includes(relPath)) return "page";
  return undefined;
}

/** Where the site's own files (photos, logos, slides) live; the example sites in the tests have their own. */
export const publicDir = (): string => process.env.PUBLIC_DIR ?? "public";
