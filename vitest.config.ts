import path from "node:path";
import { defineConfig } from "vitest/config";

// The tests of code that handles time run again under other zones (see
// scripts/with-time-zones.ts), to prove nothing depends on the machine's TZ;
// the rest run once.
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
];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    // Some tests run the commands as organizers do (tsx, Contentlayer): on a busy 2-core machine one took 78 s.
    testTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "time", include: TIME_TESTS } },
    ],
  },
});
