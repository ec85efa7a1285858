// Runs a command once per time zone, so that tests prove nothing depends on the
// machine's TZ: tsx scripts/with-time-zones.ts vitest run --project time
// (npm run test:unit has already run every test once in UTC.)
import { spawnSync } from "node:child_process";

// The meetups' own zone, one far behind UTC and one as far ahead as any.
const zones = ["Asia/Jerusalem", "America/Los_Angeles", "Pacific/Kiritimati"];
const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error("usage: with-time-zones <command> [args...]");
for (const TZ of zones) {
  console.log(`\n=== TZ=${TZ} ===`);
  const run = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, TZ },
    shell: process.platform === "win32",
  });
  if (run.status !== 0) {
    console.error(`failed with TZ=${TZ}`);
    process.exit(run.status ?? 1);
  }
}
