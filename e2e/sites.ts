// The built sites the specs browse (see scripts/e2e-sites.ts) and their ports.
export const sitePorts = { real: 4101, fixture: 4102, "fixture-tz": 4103, base: 4104 } as const;
export type SiteName = keyof typeof sitePorts;
export const siteUrl = (name: SiteName) => `http://127.0.0.1:${sitePorts[name]}`;

export const EBPF = "/meetups/2099-03-10-ebpf-everywhere/";
export const SUMMER = "/meetups/2099-07-14-summer-scheduling/";
export const BERLIN = "/meetups/2099-10-20-berlin-guest-night/";
export const MEMORY = "/meetups/2015-12-01-memory-models/";
export const SEED_LEGACY = "/meetups/2016-07-12-breaking-the-wall---handling-things-in-userspace/";
export const SEED = "/meetups/2016-07-12-breaking-the-wall/";
