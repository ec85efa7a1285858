import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderPreviewImages, type PreviewJob } from "./index";

/**
 * `count` made-up cards like the site's: mostly English titles of all lengths,
 * some Hebrew, a few mixed with Arabic, Cyrillic, CJK or emoji.
 */
export function sampleJobs(count: number, outDir: string): PreviewJob[] {
  const site = { name: "KernelTLV", tagline: "Tel-Aviv-Yafo Linux Kernel Meetup" };
  const titles = [
    (i: number) => `Talk night ${i}: userfaultfd and post-copy migration of VMs and containers`,
    (i: number) => `eBPF ${i}`,
    (i: number) => `ליבת לינוקס ${i}: מבוא לזיכרון וירטואלי`,
    (i: number) =>
      `Breaking the Wall ${i} - Handling Things in Userspace, and what the kernel does about it when nobody is looking`,
    (i: number) => `Meetup ${i}: io_uring 🚀`,
    (i: number) => `Ядро Linux ${i} / カーネル入門 / 内核 ${i}`,
    (i: number) => `Scheduler deep dive #${i}`,
    (i: number) => `نواة لينكس ${i}`,
  ];
  return Array.from({ length: count }, (_, i) => ({
    file: path.join(outDir, `meetup-${i}`, "opengraph-image.png"),
    card: {
      kicker: `Tuesday ${1 + (i % 28)} July ${2016 + (i % 10)}`,
      title: titles[i % titles.length]!(i),
      lines: ["19:00-21:00 Israel time", `With Speaker ${i % 50} and Speaker ${(i + 7) % 50}`],
      site,
    },
  }));
}

export interface Measurement {
  images: number;
  concurrency: number;
  coldMs: number;
  coldMsPerImage: number;
  cachedMs: number;
}

/**
 * Times drawing `count` sample cards into an empty cache with `concurrency`
 * threads, then the same run again, served from the cache. For figures that
 * include loading fonts and Satori, call it in a fresh process.
 */
export async function measurePreviewRendering(count: number, concurrency: number): Promise<Measurement> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "og-bench-"));
  try {
    const jobs = sampleJobs(count, path.join(work, "out"));
    const options = { cacheDir: path.join(work, "cache"), concurrency };
    let start = performance.now();
    await renderPreviewImages(jobs, options);
    const coldMs = performance.now() - start;
    start = performance.now();
    await renderPreviewImages(jobs, options);
    const cachedMs = performance.now() - start;
    return { images: count, concurrency, coldMs, coldMsPerImage: coldMs / count, cachedMs };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
