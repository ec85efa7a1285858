import path from "node:path";
import { defineConfig } from "vitest/config";

// The tests of code that handles time run again under other zones, to prove nothing depends on the machine's TZ;
// the rest run once, in UTC.
const TIME_TESTS = [
  "test/unit/time.test.ts",
  "test/unit/live.test.ts",
  "test/unit/live-module.test.ts",
  "test/unit/meetup.test.ts",
  "test/unit/legacy.test.ts",
  "test/unit/share.test.ts",
  "test/unit/gate.test.ts",
  "test/unit/property.test.ts",
  "test/unit/hebrew-site.test.ts",
  "test/unit/search.test.ts",
  "test/unit/talks.test.ts",
  "test/unit/open-data.test.ts",
  "test/unit/hostile-2.test.ts",
  "test/unit/plans-change.test.ts",
  "test/unit/change.test.ts",
  "test/unit/plans-outputs.test.ts",
  "test/unit/kerneltlv-posts.test.ts",
];

// The meetups' own zone, one far behind UTC and one as far ahead as any.
const OTHER_ZONES = ["Asia/Jerusalem", "America/Los_Angeles", "Pacific/Kiritimati"];

// The fixture's settings, not the group's own site.yml: another group edits that file and keeps its tests.
// A full path, for the tests that run a command in a scratch copy of the project.
const SITE_CONFIG = path.resolve(import.meta.dirname, "test/fixtures/site.yml");

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Some tests run the commands as organizers do (tsx, Contentlayer): on a busy 2-core machine one took 78 s.
    testTimeout: 180_000,
    // Each project's files share one process per worker, started in the project's zone: a process takes its TZ
    // when it starts, and files of one project don't need fresh module state each.
    pool: "forks",
    isolate: false,
    // Many tests wait on a command they run, so more workers than cores keep both cores busy.
    maxWorkers: 3,
    globalSetup: ["test/scratch-folder.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"], env: { TZ: "UTC", SITE_CONFIG } } },
      ...OTHER_ZONES.map((TZ) => ({
        extends: true as const,
        test: { name: `time ${TZ}`, include: TIME_TESTS, env: { TZ, SITE_CONFIG } },
      })),
    ],
  },
});
