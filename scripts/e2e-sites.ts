// Builds the static sites the end-to-end tests browse (e2e/sites.ts), each into e2e/.sites/<name>:
// tsx scripts/e2e-sites.ts [name...]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildEnv, siteDir, sites, type SiteName } from "../e2e/sites";

const wanted = process.argv.slice(2);
// The sites at the root first, the one under a base path last: Turbopack's build cache holds one configuration,
// so a site built between two others makes the third compile from nothing.
const names = (Object.keys(sites) as SiteName[]).sort((a, b) => sites[a].basePath.length - sites[b].basePath.length);
for (const name of names) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const target = siteDir(name);
  console.log(`\n=== building ${name} -> ${target}`);
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit", env: buildEnv(name) });
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync("out", target);
}
