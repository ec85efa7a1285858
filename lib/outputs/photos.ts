// The meetups' photos, resized for the gallery (lib/site/gallery.ts names the files). A file is encoded once and
// cached under a hash of everything that decides its bytes: later builds only link it into out/.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { placeCached } from "./cached-file";
import { ContentError, type Problem } from "../content/problems";
import { damagedPhoto, meetupPhotos } from "../content/images";
import type { Meetup } from "../content/schema";
import { photoFiles, PHOTO_FORMAT } from "../site/gallery";

/** Resized photos already made, by what they are made from: kept between builds (and CI runs). */
export const PHOTO_CACHE = ".cache/photos";

// Effort 3: 4 takes twice as long for 4% fewer bytes; 2 costs 20% more bytes.
const ENCODER = { quality: 50, effort: 3, chromaSubsampling: "4:2:0" } as const;

/** A cached file no build has used for this long is deleted (builds of other sites share the cache). */
const KEEP_UNUSED_DAYS = 30;

export interface PhotoJob {
  /** The photo in public/. */
  source: string;
  /** Where each width goes in the export. */
  outputs: { file: string; width: number }[];
  /** What an error names: the organizer's file and the field. */
  problem: Omit<Problem, "message">;
  /** The photo's path on the site, for messages. */
  shown: string;
}

export interface PhotoOptions {
  cacheDir: string;
  /** The moment of this build (for tests): cached files unused for 30 days before it are deleted. */
  now?: number;
}

/** What the export must hold for every photo of `meetups`, from the photos in `publicDir`. */
export function photoJobs(outDir: string, meetups: Meetup[], publicDir: string): PhotoJob[] {
  return meetupPhotos(meetups, publicDir).map(({ meetup, photo, index, source, problem, shown }) => ({
    source,
    outputs: photoFiles(meetup.slug, index, photo).map((f) => ({
      file: path.join(outDir, ...f.path.split("/")),
      width: f.width,
    })),
    problem,
    shown,
  }));
}

function cacheKey(sourceHash: string, width: number): string {
  const inputs = { sourceHash, width, format: PHOTO_FORMAT.extension, encoder: ENCODER, versions: sharp.versions };
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 40);
}

async function encode(bytes: Buffer, width: number, target: string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  // autoOrient: a camera's sideways photo with an EXIF note to turn it, turned. The output
  // keeps no metadata (no camera, no GPS position) and is converted to sRGB.
  await sharp(bytes).autoOrient().resize({ width, withoutEnlargement: true }).avif(ENCODER).toFile(temporary);
  fs.renameSync(temporary, target);
}

async function eachAtMost<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Writes every job's files, encoding only those not in `cacheDir` yet. A photo that can't be decoded is a
 * ContentError naming the meetup's file and the photo, and then nothing is written.
 */
export async function writePhotos(jobs: PhotoJob[], options: PhotoOptions) {
  fs.mkdirSync(options.cacheDir, { recursive: true });
  const used = new Set<string>();
  const placements: { cached: string; file: string }[] = [];
  const problems: Problem[] = [];
  let encoded = 0;

  await eachAtMost(jobs, os.availableParallelism(), async (job) => {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(job.source);
    } catch {
      problems.push({ ...job.problem, message: `expected a photo ${job.shown}, but there is none` });
      return;
    }
    const sourceHash = createHash("sha256").update(bytes).digest("hex");
    for (const { file, width } of job.outputs) {
      const name = `${cacheKey(sourceHash, width)}.${PHOTO_FORMAT.extension}`;
      const cached = path.join(options.cacheDir, name);
      if (!used.has(name) && !fs.existsSync(cached)) {
        try {
          await encode(bytes, width, cached);
        } catch {
          problems.push({ ...job.problem, message: damagedPhoto(job.shown) });
          return;
        }
        encoded++;
      }
      used.add(name);
      placements.push({ cached, file });
    }
  });
  if (problems.length > 0) throw new ContentError(problems);

  const now = options.now ?? Date.now();
  for (const { cached, file } of placements) {
    placeCached(cached, file);
    // Marks the file as used: the cache is pruned by age, not by this site's list alone.
    fs.utimesSync(cached, now / 1000, now / 1000);
  }
  let pruned = 0;
  for (const name of fs.readdirSync(options.cacheDir)) {
    const file = path.join(options.cacheDir, name);
    if (used.has(name)) continue;
    if (now - fs.statSync(file).mtimeMs > KEEP_UNUSED_DAYS * 86_400_000) {
      fs.rmSync(file);
      pruned++;
    }
  }
  return { photos: jobs.length, encoded, reused: placements.length - encoded, pruned };
}
