import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { fieldPath, itemPath, type Problem } from "./problems";
import type { Meetup } from "./schema";
import { publicFile } from "./site-paths";

// An image's pixel size is read from the file itself, so that pages can set width and height and nothing shifts
// as images load. A file that isn't the kind of image its name says is refused.

/** What a file name's extension promises, and what image-size calls that kind. */
const KINDS: Record<string, string> = { jpg: "jpg", jpeg: "jpg", png: "png", webp: "webp", avif: "avif", svg: "svg" };
export const PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"] as const;
export const LOGO_EXTENSIONS = [...PHOTO_EXTENSIONS, "svg"] as const;

/**
 * Pixels an image may have: sharp's own limit (0x3FFF²), which the photo step
 * (lib/outputs/photos.ts) would stop at, so the check refuses what the build would.
 */
export const MAX_PIXELS = 0x3fff ** 2;

type ImageSize = { width: number; height: number } | { problem: string };

// The preview reads the content again on every save: a file that hasn't
// changed isn't read again.
const cache = new Map<string, { key: string; size: ImageSize }>();

/**
 * The size of the image `file` (a real path in public/) as a browser shows it,
 * or why it can't be used. `shown` names it in messages (public/photos/01.jpg).
 */
export function readImageSize(file: string, allowed: readonly string[], shown: string): ImageSize {
  const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
  if (!allowed.includes(extension))
    return { problem: `expected an image file ending in ${allowed.join(", ")}, got ${shown}` };
  const stat = fs.statSync(file);
  const key = `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
  const known = cache.get(file);
  if (known?.key === key) return known.size;
  const size = measure(fs.readFileSync(file), KINDS[extension]!, shown);
  cache.set(file, { key, size });
  return size;
}

const NAMES: Record<string, string> = { jpg: "a JPEG", png: "a PNG", webp: "a WebP", avif: "an AVIF", svg: "an SVG" };

function measure(bytes: Uint8Array, expected: string, shown: string): ImageSize {
  const notIt = `expected ${NAMES[expected]} image, but ${shown} isn't one`;
  const noSize = `expected an image with a width and a height, but ${shown} has none that can be read`;
  const svgHint = ": give its <svg> width and height, or a viewBox";
  let result: ReturnType<typeof imageSize>;
  try {
    result = imageSize(bytes);
  } catch {
    // image-size knows an SVG by its <svg> tag, and then throws when it finds no size in it.
    if (expected === "svg" && /<svg[\s>]/.test(Buffer.from(bytes.subarray(0, 4096)).toString("utf8"))) {
      return { problem: noSize + svgHint };
    }
    return { problem: `${notIt} (it can't be read as an image)` };
  }
  // image-size names a HEIF file by its brand: "avif" for an AVIF, "heic" or "heif" for others.
  const found = result.type ?? "";
  if (found !== expected) {
    const what = NAMES[found]
      ? `${NAMES[found]} image`
      : found
        ? `an image of another kind (${found})`
        : "something else";
    return { problem: `${notIt}: it is ${what}; rename it or convert it` };
  }
  let { width, height } = result;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    return { problem: noSize + (expected === "svg" ? svgHint : "") };
  }
  // A camera's photo may be stored on its side with an EXIF note to turn it;
  // browsers turn it, so the size they show is the turned one.
  if (result.orientation !== undefined && result.orientation >= 5) [width, height] = [height, width];
  // An SVG is drawn at any size; a raster image is decoded whole.
  if (expected !== "svg" && width * height > MAX_PIXELS) {
    return {
      problem: `expected an image of at most ${MAX_PIXELS.toLocaleString("en-US")} pixels (16,383 × 16,383), but ${shown} is ${width} × ${height}: make it smaller (a photo on the web needs at most a few thousand pixels a side)`,
    };
  }
  if (!isWhole(Buffer.from(bytes), expected)) {
    return {
      problem: `expected a whole image, but ${shown} ends before the image does (cut off while copying?): copy it again`,
    };
  }
  return { width, height };
}

/**
 * Whether an image's file holds all of it, read from its structure, not by
 * decoding it: the photo step (sharp) stops at a cut-off image, and browsers show half of one.
 */
function isWhole(b: Buffer, kind: string): boolean {
  if (kind === "png") return b.lastIndexOf("IEND") + 8 <= b.length; // the last chunk's type, then its checksum
  if (kind === "webp") return b.length >= 12 && b.readUInt32LE(4) + 8 <= b.length;
  if (kind === "avif") {
    // Boxes of ISO BMFF, each with its size first (1: a 64-bit size follows; 0: to the end of the file).
    let at = 0;
    while (at + 8 <= b.length) {
      const size = b.readUInt32BE(at);
      const whole = size === 1 ? Number(b.readBigUInt64BE(at + 8)) : size === 0 ? b.length - at : size;
      if (whole < 8) return false;
      at += whole;
    }
    return at === b.length;
  }
  if (kind !== "jpg") return true;
  // Segments up to the image's scan (those before it may hold a thumbnail with an end of its own), then its end marker.
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    if (b[at + 1] === 0xff)
      at += 1; // a fill byte
    else if (b[at + 1] === 0xda) return b.indexOf(Buffer.from([0xff, 0xd9]), at) > 0;
    else at += 2 + b.readUInt16BE(at + 2);
  }
  return false;
}

/** What an organizer reads of a photo that can't be decoded: not libvips's words, which may be a photo's before it. */
export const damagedPhoto = (shown: string) =>
  `${shown} can't be read as an image (its data is damaged): export it again`;

/** Photos decoded whole once, by their bytes' hash: kept between runs (and CI runs) as empty files. */
export const DECODED_CACHE = ".cache/decoded-photos";
// Each version of a file's hash, once per process: the preview checks again on every save.
const hashes = new Map<string, string>();

/**
 * Every meetup photo decoded whole, as the build will: a photo damaged between its header and its end would pass
 * the other checks, then stop the build. A photo is decoded once; after that its bytes' hash says it was whole.
 */
export async function damagedPhotos(
  meetups: Meetup[],
  publicDir: string,
  cacheDir = DECODED_CACHE,
): Promise<Problem[]> {
  const photos = meetupPhotos(meetups, publicDir);
  if (photos.length === 0) return [];
  const { default: sharp } = await import("sharp");
  const problems: Problem[] = [];
  for (const { source, problem, shown } of photos) {
    const stat = fs.statSync(source, { throwIfNoEntry: false });
    if (!stat) continue;
    const version = `${source}:${stat.size}:${stat.mtimeMs}`;
    const hash = hashes.get(version) ?? createHash("sha256").update(fs.readFileSync(source)).digest("hex");
    hashes.set(version, hash);
    const whole = path.join(cacheDir, hash);
    if (fs.existsSync(whole)) continue;
    if (
      await sharp(source)
        .stats()
        .then(
          () => true,
          () => false,
        )
    ) {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(whole, "");
    } else problems.push({ ...problem, message: damagedPhoto(shown) });
  }
  return problems;
}

/** Each meetup photo: its file in public/, the organizer's file and field a problem names, and its path to show. */
export function meetupPhotos(meetups: Meetup[], publicDir: string) {
  return meetups.flatMap((meetup) =>
    (meetup.photos ?? []).map((photo, index) => {
      const found = publicFile(photo.src, publicDir);
      return {
        meetup,
        photo,
        index,
        // The content gate checked the path; a photo gone since is still the organizer's to fix.
        source: "file" in found ? found.file : path.join(publicDir, photo.src),
        problem: { file: meetup.sourcePath, field: fieldPath(itemPath("photos", index), "src") },
        shown: `public${photo.src}`,
      };
    }),
  );
}
