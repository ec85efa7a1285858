import { createHash } from "node:crypto";

// The built sites the specs browse (scripts/e2e-sites.ts builds them into e2e/.sites/<name>).

// Ports from this checkout's path, so that two checkouts on one machine can run their tests at once.
const first = 4100 + (createHash("sha256").update(process.cwd()).digest().readUInt16BE(0) % 400) * 4;

export const sites = {
  /** The test fixture content, built on a machine far from Israel (UTC+14): nothing may depend on the build's zone. */
  fixture: { port: first, basePath: "" },
  /**
   * Another group's site (test/fixtures/hebrew): a Hebrew interface, New York's zone, deployed under a
   * base path as a GitHub project site is, built on a machine in California.
   */
  hebrew: { port: first + 1, basePath: "/kernel-nyc" },
  /** The site's own content/: checked only for what holds for any valid content. */
  real: { port: first + 2, basePath: "" },
} as const;
export type SiteName = keyof typeof sites;
export const siteUrl = (name: SiteName) => `http://127.0.0.1:${sites[name].port}`;
export const siteDir = (name: SiteName) => `e2e/.sites/${name}`;

export const EBPF = "/meetups/2099-03-10-ebpf-everywhere/";
export const SUMMER = "/meetups/2099-07-14-summer-scheduling/";
export const BERLIN = "/meetups/2099-10-20-berlin-guest-night/";
export const MEMORY = "/meetups/2015-12-01-memory-models/";
export const SEED_LEGACY = "/meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace/";
export const SEED = "/meetups/2016-07-12-breaking-the-wall/";
