// Builds the static sites the end-to-end tests browse, each into e2e/.sites/<name>:
//   real        the site's own content (content/)
//   fixture     the test fixture content (test/fixtures/site)
//   fixture-tz  the same fixture built on a machine in another time zone
//   base        the fixture deployed under a base path, as a GitHub project site is
// tsx scripts/e2e-sites.ts [name...]
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { siteUrl } from "../e2e/sites";

const sites: Record<string, { env: Record<string, string>; dir?: string }> = {
  real: { env: {} },
  fixture: { env: { CONTENT_DIR: "test/fixtures/site" } },
  "fixture-tz": { env: { CONTENT_DIR: "test/fixtures/site", TZ: "Pacific/Kiritimati" } },
  base: {
    env: { CONTENT_DIR: "test/fixtures/site", BASE_PATH: "/kerneltlv", SITE_URL: siteUrl("base") },
    dir: "base/kerneltlv",
  },
};

const wanted = process.argv.slice(2);
for (const [name, { env, dir }] of Object.entries(sites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const target = path.join("e2e/.sites", dir ?? name);
  console.log(`\n=== building ${name} -> ${target}`);
  execSync("npm run build --silent", { stdio: "inherit", env: { ...process.env, TZ: "UTC", ...env } });
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync("out", target, { recursive: true });
}
