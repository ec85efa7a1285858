import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { photoJobs, writePhotos } from "@/lib/outputs/photos";
import { ContentError } from "@/lib/content/problems";
import { damagedPhotos } from "@/lib/content/images";
import { loadContent } from "@/lib/content/load";
import { contentFolder } from "./helpers";
import type { Meetup, Photo } from "@/lib/content/schema";
import { photoFiles, photoWidths, srcset } from "@/lib/site/gallery";

describe("the widths a photo is made in", () => {
  it("are 480, 960 and 1600 for a camera's photo, never wider than the original", () => {
    expect(photoWidths(4032)).toEqual([480, 960, 1600]);
    expect(photoWidths(1600)).toEqual([480, 960, 1600]);
    expect(photoWidths(1300)).toEqual([480, 960, 1300]);
    expect(photoWidths(700)).toEqual([480, 700]);
  });

  it("skip a width too close to the original's to be worth a file, and keep at least one", () => {
    expect(photoWidths(1100)).toEqual([480, 1100]);
    expect(photoWidths(500)).toEqual([500]);
    expect(photoWidths(120)).toEqual([120]);
  });

  it("give each file a name in the meetup's own folder, by the photo's place and width", () => {
    expect(photoFiles("2025-01-15-night", 1, { width: 1200 })).toEqual([
      { path: "/meetups/2025-01-15-night/photos/2-480.avif", width: 480 },
      { path: "/meetups/2025-01-15-night/photos/2-960.avif", width: 960 },
      { path: "/meetups/2025-01-15-night/photos/2-1200.avif", width: 1200 },
    ]);
  });

  it("make a srcset whose candidates a browser splits right, whatever the slug holds", () => {
    const set = srcset(photoFiles("a, b ערב", 0, { width: 960 }), (p) => `/base${p}`);
    expect(set).toBe(
      "/base/meetups/a%2C%20b%20%D7%A2%D7%A8%D7%91/photos/1-480.avif 480w, /base/meetups/a%2C%20b%20%D7%A2%D7%A8%D7%91/photos/1-960.avif 960w",
    );
  });
});

describe("resizing the photos at build time", () => {
  let work: string;
  let publicDir: string;
  const meetup = (photos: Photo[], slug = "2025-01-15-night"): Meetup =>
    ({ slug, sourcePath: `content/meetups/${slug}.md`, photos }) as Meetup;
  const photo = (src: string, width: number, height: number): Photo => ({ src, width, height, alt: "A photo" });

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-photos-"));
    publicDir = path.join(work, "public");
    fs.mkdirSync(path.join(publicDir, "photos"), { recursive: true });
    const noise = (width: number, height: number) =>
      sharp({
        create: {
          width,
          height,
          channels: 3,
          background: "#808080",
          noise: { type: "gaussian", mean: 128, sigma: 40 },
        },
      });
    await noise(2000, 1000)
      .jpeg()
      .withExif({ IFD0: { Copyright: "Someone", Make: "A camera" } })
      .toFile(path.join(publicDir, "photos/wide.jpg"));
    // Stored on its side, 900x600, with the EXIF note that turns it upright to 600x900.
    await noise(900, 600).jpeg().withMetadata({ orientation: 6 }).toFile(path.join(publicDir, "photos/turned.jpg"));
    fs.writeFileSync(path.join(publicDir, "photos/broken.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  const run = (name: string, meetups: Meetup[], now?: number) => {
    const out = path.join(work, name);
    const cacheDir = path.join(work, "cache");
    return { out, cacheDir, result: writePhotos(photoJobs(out, meetups, publicDir), { cacheDir, now }) };
  };

  it("writes each width as an AVIF file of that width, upright, with no camera data left in it", async () => {
    const { out, result } = run("first", [
      meetup([photo("/photos/wide.jpg", 2000, 1000), photo("/photos/turned.jpg", 600, 900)]),
    ]);
    expect(await result).toMatchObject({ photos: 2, encoded: 5, reused: 0 });
    const folder = path.join(out, "meetups/2025-01-15-night/photos");
    expect(fs.readdirSync(folder).sort()).toEqual([
      "1-1600.avif",
      "1-480.avif",
      "1-960.avif",
      "2-480.avif",
      "2-600.avif",
    ]);
    const wide = await sharp(path.join(folder, "1-960.avif")).metadata();
    expect(wide).toMatchObject({ format: "heif", compression: "av1", width: 960, height: 480 });
    expect(wide.exif).toBeUndefined();
    const turned = await sharp(path.join(folder, "2-600.avif")).metadata();
    expect([turned.width, turned.height]).toEqual([600, 900]);
    expect(turned.orientation ?? 1).toBe(1);
  });

  it("takes what it made before from the cache, and makes again only a photo whose bytes changed", async () => {
    const wide = photo("/photos/wide.jpg", 2000, 1000);
    const again = run("again", [meetup([wide])]);
    expect(await again.result).toMatchObject({ encoded: 0, reused: 3 });
    const file = path.join(again.out, "meetups/2025-01-15-night/photos/1-480.avif");
    expect((await sharp(file).metadata()).width).toBe(480);

    // Another site, the same photo in another place: the same files, nothing encoded.
    const elsewhere = run("elsewhere", [meetup([photo("/photos/turned.jpg", 600, 900), wide], "other")]);
    expect(await elsewhere.result).toMatchObject({ encoded: 0, reused: 5 });

    fs.copyFileSync(path.join(publicDir, "photos/wide.jpg"), path.join(publicDir, "photos/copy.jpg"));
    await sharp(path.join(publicDir, "photos/wide.jpg")).flop().toFile(path.join(publicDir, "photos/changed.jpg"));
    const changed = run("changed", [
      meetup([photo("/photos/copy.jpg", 2000, 1000), photo("/photos/changed.jpg", 2000, 1000)]),
    ]);
    expect(await changed.result).toMatchObject({ encoded: 3, reused: 3 });
  });

  it("deletes cached files that no build has used for a month, and keeps the rest", async () => {
    const { cacheDir } = run("ignored", []);
    const files = () => fs.readdirSync(cacheDir).length;
    await run("touch", [meetup([photo("/photos/wide.jpg", 2000, 1000)])]).result;
    const before = files();
    const day = 86_400_000;
    const wide = () => meetup([photo("/photos/wide.jpg", 2000, 1000)]);
    // Three weeks on, one site's build: the other files, last used today, are young enough to stay.
    expect(await run("soon", [wide()], Date.now() + 21 * day).result).toMatchObject({ pruned: 0 });
    // Three weeks after that, six since the others were used, a build of another meetup: the files
    // used three weeks ago stay, and so do this build's; the rest go.
    const turned = meetup([photo("/photos/turned.jpg", 600, 900)]);
    const late = await run("late", [turned], Date.now() + 42 * day).result;
    expect(late).toMatchObject({ encoded: 0, reused: 2 });
    expect(late.pruned).toBe(before - 5);
    expect(files()).toBe(5);
  });

  it("has npm run check refuse a photo damaged between a whole header and end, which the build couldn't encode", async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#808080" } })
      .png()
      .toBuffer();
    const data = png.indexOf("IDAT") + 4;
    for (let i = data; i < data + 24; i++) png[i] = png[i]! ^ 0xff;
    fs.writeFileSync(path.join(publicDir, "photos/damaged.png"), png);
    const dir = contentFolder({
      "meetups/2025-01-15-night.md":
        "---\ntitle: T\ndate: 2025-01-15T19:00\nphotos:\n" +
        "  - {src: /photos/damaged.png, alt: Damaged}\n  - {src: /photos/wide.jpg, alt: Whole}\n---\n",
    });
    const { meetups, problems } = loadContent(dir, { publicDir });
    expect(problems).toEqual([]);
    const decoded = path.join(work, "decoded");
    expect(await damagedPhotos(meetups, publicDir, decoded)).toEqual([
      {
        file: `${dir}/meetups/2025-01-15-night.md`,
        field: "photos, photo 1, src",
        message: "public/photos/damaged.png can't be read as an image (its data is damaged): export it again",
      },
    ]);
    // The whole one is known by its bytes from then on, the damaged one still refused.
    expect(fs.readdirSync(decoded)).toHaveLength(1);
    expect(await damagedPhotos(meetups, publicDir, decoded)).toHaveLength(1);
  });

  it("stops the build with the meetup's file and the photo's field for a photo that can't be decoded", async () => {
    const bad = run("bad", [meetup([photo("/photos/wide.jpg", 2000, 1000), photo("/photos/broken.jpg", 800, 600)])]);
    const error = await bad.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      {
        file: "content/meetups/2025-01-15-night.md",
        field: "photos, photo 2, src",
        message: expect.stringMatching(/^public\/photos\/broken\.jpg can't be read as an image/),
      },
    ]);
    expect(fs.existsSync(path.join(bad.out, "meetups"))).toBe(false);
  });
});
