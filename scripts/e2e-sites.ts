// Builds the static sites the end-to-end tests browse, each into e2e/.sites/<name>:
//   real        the site's own content (content/)
//   fixture     the test fixture content (test/fixtures/site)
//   fixture-tz  the same fixture built on a machine in another time zone
// tsx scripts/e2e-sites.ts [name...]
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const sites: Record<string, Record<string, string>> = {
  real: {},
  fixture: { CONTENT_DIR: "test/fixtures/site" },
  "fixture-tz": { CONTENT_DIR: "test/fixtures/site", TZ: "Pacific/Kiritimati" },
};

const wanted = process.argv.slice(2);
for (const [name, env] of Object.entries(sites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const target = path.join("e2e/.sites", name);
  console.log(`\n=== building ${name} -> ${target}`);
  execSync("npm run build --silent", { stdio: "inherit", env: { ...process.env, TZ: "UTC", ...env } });
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync("out", target, { recursive: true });
}
