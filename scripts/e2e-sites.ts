// Builds the static sites the end-to-end tests browse (e2e/sites.ts), each into e2e/.sites/<name>:
// tsx scripts/e2e-sites.ts [name...]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { siteDir, sites, type SiteName } from "../e2e/sites";

const builds: Record<SiteName, Record<string, string>> = {
  fixture: { CONTENT_DIR: "test/fixtures/site", TZ: "Pacific/Kiritimati" },
  hebrew: {
    SITE_CONFIG: "test/fixtures/hebrew/site.yml",
    CONTENT_DIR: "test/fixtures/hebrew/content",
    PUBLIC_DIR: "test/fixtures/hebrew/public",
    TZ: "America/Los_Angeles",
    BASE_PATH: sites.hebrew.basePath,
  },
  real: {},
};

const wanted = process.argv.slice(2);
for (const [name, env] of Object.entries(builds)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const target = siteDir(name as SiteName);
  console.log(`\n=== building ${name} -> ${target}`);
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit", env: { ...process.env, TZ: "UTC", ...env } });
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync("out", target);
}
