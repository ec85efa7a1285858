// The built sites the specs browse (scripts/e2e-sites.ts builds them into e2e/.sites/<name>).
export const sites = {
  /** The test fixture content, built on a machine far from Israel (UTC+14): nothing may depend on the build's zone. */
  fixture: { port: 4102, basePath: "" },
  /** The same fixture deployed under a base path, as a GitHub project site is. */
  base: { port: 4104, basePath: "/kerneltlv" },
  /** The site's own content/: checked only for what holds for any valid content. */
  real: { port: 4101, basePath: "" },
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
