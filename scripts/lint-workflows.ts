// Validates the GitHub Actions workflows against GitHub's workflow schema
// (@action-validator/core), since they can't run here: tsx scripts/lint-workflows.ts
import fs from "node:fs";
import path from "node:path";
import { validateWorkflow } from "@action-validator/core";

const dir = ".github/workflows";
let failed = false;
for (const file of fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
  const { errors } = validateWorkflow(fs.readFileSync(path.join(dir, file), "utf8"));
  if (errors.length > 0) {
    failed = true;
    console.error(`${dir}/${file}:\n${JSON.stringify(errors, null, 2)}`);
  }
}
console.log(failed ? "Workflows: problems above." : "Workflows: valid.");
process.exit(failed ? 1 : 0);
