import path from "node:path";

/** Where the organizers' Markdown lives; tests point it at their own fixtures. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? "content";
}

/**
 * Contentlayer reads only .md files, so the build hands it a mirror of the
 * content folder in which `x.markdown` (Jekyll's extension) is `x.markdown.md`.
 */
export const MIRROR_DIR = ".build/content";

/** Markdown by extension; which names the gate reads is lib/content/files.ts's business. */
export const MARKDOWN_FILE = /\.(md|markdown)$/;

export function mirrorName(relPath: string): string {
  return relPath.replace(/\.markdown$/, ".markdown.md");
}

export function unmirrorName(relPath: string): string {
  return relPath.replace(/\.markdown\.md$/, ".markdown");
}

/** The slug is the file name without its extension, whatever subfolder it is in. */
export function slugFromPath(relPath: string): string {
  return path.posix.basename(unmirrorName(relPath)).replace(/\.(md|markdown)$/i, "");
}

export type DocumentKind = "meetup" | "speaker";

export function kindFromPath(relPath: string): DocumentKind | undefined {
  if (relPath.startsWith("meetups/")) return "meetup";
  if (relPath.startsWith("speakers/")) return "speaker";
  return undefined;
}
