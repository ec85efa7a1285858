import { createHash } from "node:crypto";
import path from "node:path";

// The built sites the specs browse (scripts/e2e-sites.ts builds them into e2e/.sites/<name>).

// Ports from this checkout's path, so that two checkouts on one machine can run their tests at once:
// eight for each, the built sites' and the preview's (e2e/preview-server.ts).
// From 20000 up: above every port Chromium refuses to browse and next dev to listen on (6000, 6665-6669,
// 10080...), and below the ports Linux hands out to outgoing connections (32768 up).
const first = 20000 + (createHash("sha256").update(process.cwd()).digest().readUInt16BE(0) % 400) * 8;

/** Where a built site is served, and what its environment adds to buildEnv's. */
interface Site {
  port: number;
  basePath: string;
  env: Record<string, string>;
}

const HEBREW_BASE = "/kernel-nyc";

export const sites = {
  /**
   * The test fixture content with its settings (KernelTLV's), built on a machine far from Israel (UTC+14): nothing
   * may depend on the build's zone.
   */
  fixture: {
    port: first,
    basePath: "",
    env: { SITE_CONFIG: "test/fixtures/site.yml", CONTENT_DIR: "test/fixtures/site", TZ: "Pacific/Kiritimati" },
  },
  /**
   * Another group's site (test/fixtures/hebrew): a Hebrew interface, New York's zone, deployed under a
   * base path as a GitHub project site is, built on a machine in California. Its public folder is named by its
   * full path, as an organizer may name it.
   */
  hebrew: {
    port: first + 1,
    basePath: HEBREW_BASE,
    env: {
      SITE_CONFIG: "test/fixtures/hebrew/site.yml",
      CONTENT_DIR: "test/fixtures/hebrew/content",
      PUBLIC_DIR: path.resolve("test/fixtures/hebrew/public"),
      TZ: "America/Los_Angeles",
      BASE_PATH: HEBREW_BASE,
    },
  },
  /** The site's own content/: checked only for what holds for any valid content. */
  real: { port: first + 2, basePath: "", env: {} },
} satisfies Record<string, Site>;
export type SiteName = keyof typeof sites;
export const siteUrl = (name: SiteName) => `http://127.0.0.1:${sites[name].port}`;
export const siteDir = (name: SiteName) => `e2e/.sites/${name}`;
/** The environment a site is built in (and previewed in, to compare the two): UTC unless the site says otherwise. */
export const buildEnv = (name: SiteName): NodeJS.ProcessEnv => ({ ...process.env, TZ: "UTC", ...sites[name].env });

/** npm run dev's ports: the specs that save files, and the one that compares the preview with the build. */
export const previewPorts = { saves: first + 3, parity: first + 4 } as const;

/** The fixture's meetups of 2099 as the archive lists them, newest first, each changed one with its mark. */
export const MEETUPS_2099 = [
  "Guest Night in Berlin",
  "Summer Scheduling",
  "Scheduler Night, Online Moved online",
  "io_uring Deep Dive New date",
  "eBPF Everywhere",
  "Filesystems Evening Postponed",
  "Kernel Hacking Night Cancelled",
];
/** The home page's "Also coming up" as built (long before 2099): every meetup after the lead that will happen. */
export const ALSO_COMING_UP = [
  "io_uring Deep Dive New date",
  "Scheduler Night, Online Moved online",
  "Summer Scheduling",
  "Guest Night in Berlin",
];
/** Its "Cancelled or postponed", after it: the meetups called off, which come before the lead. */
export const CALLED_OFF = ["Kernel Hacking Night Cancelled", "Filesystems Evening Postponed"];

export const EBPF = "/meetups/2099-03-10-ebpf-everywhere/";
export const SUMMER = "/meetups/2099-07-14-summer-scheduling/";
export const BERLIN = "/meetups/2099-10-20-berlin-guest-night/";
export const MEMORY = "/meetups/2015-12-01-memory-models/";
export const SEED_LEGACY = "/meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace/";
