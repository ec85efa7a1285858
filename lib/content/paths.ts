import path from "node:path";

/** Where the organizers' Markdown lives; tests point it at their own fixtures. */
export const contentDir = (): string => process.env.CONTENT_DIR ?? "content";

/** Markdown by extension; which names the gate reads is lib/content/files.ts's business. */
export const MARKDOWN_FILE = /\.(md|markdown)$/;

/** A file of the content folder (`relPath` in it) as messages name it: content/meetups/x.md. */
export const sourcePathOf = (dir: string, relPath: string) => path.posix.join(dir.split(path.sep).join("/"), relPath);

/** The slug is the file name without its extension, whatever subfolder it is in. */
export const slugFromPath = (relPath: string): string => path.posix.basename(relPath).replace(/\.(md|markdown)$/i, "");

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
