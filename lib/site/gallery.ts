import type { Photo } from "../content/schema";
import { meetupPath } from "./urls";

// The resized photos' names are worked out here from the photo alone, so that the pages and the export step that
// writes the files (lib/outputs/photos.ts) agree without talking to each other.

/** The widths a photo is made in: a phone, a phone at 2x or a laptop, a wide screen at 2x. */
export const PHOTO_WIDTHS = [480, 960, 1600] as const;

/** AVIF: about 40% fewer bytes than WebP for the same likeness; the slower encoding is paid once per photo. */
export const PHOTO_FORMAT = { extension: "avif", type: "image/avif" } as const;

export interface PhotoFile {
  /** The file's path on the site (before any base path): /meetups/<slug>/photos/1-480.avif */
  path: string;
  width: number;
}

/**
 * The widths to make of an image `width` pixels wide, none wider than it. A width within a fifth of the largest
 * would cost a file and save a browser next to nothing.
 */
export function photoWidths(width: number): number[] {
  const largest = Math.min(width, PHOTO_WIDTHS.at(-1)!);
  return [...PHOTO_WIDTHS.filter((w) => w <= largest * 0.8), largest];
}

/**
 * The resized files of a meetup's photo at `index` (from 0), narrowest first: in the meetup's own folder, which
 * only the site writes to (lib/content/site-paths.ts).
 */
export function photoFiles(slug: string, index: number, photo: Pick<Photo, "width">): PhotoFile[] {
  return photoWidths(photo.width).map((width) => ({
    path: `${meetupPath(slug)}photos/${index + 1}-${width}.${PHOTO_FORMAT.extension}`,
    width,
  }));
}

/** A srcset of `files`: every character that could end a candidate (space, comma) is escaped, whatever the slug. */
export function srcset(files: PhotoFile[], address: (path: string) => string): string {
  return files.map((f) => `${address(f.path.split("/").map(encodeURIComponent).join("/"))} ${f.width}w`).join(", ");
}
