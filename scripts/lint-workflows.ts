// Validates the GitHub Actions workflows against GitHub's workflow schema
// (@action-validator/core), since they can't run here: tsx scripts/lint-workflows.ts
import fs from "node:fs";
import path from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { parse } from "yaml";

type Workflow = { jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> };

/** Checkouts of less than the whole history: the calendars' SEQUENCE is counted in it (lib/build/history.ts). */
function shallowCheckouts(text: string): string[] {
  const { jobs = {} } = parse(text) as Workflow;
  return Object.entries(jobs).flatMap(([name, job]) =>
    (job.steps ?? [])
      .filter((step) => step.uses?.startsWith("actions/checkout@") && step.with?.["fetch-depth"] !== 0)
      .map(() => `jobs.${name}: actions/checkout needs "with: fetch-depth: 0"`),
  );
}

const dir = ".github/workflows";
let failed = false;
for (const file of fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const errors = [...validateWorkflow(text).errors, ...shallowCheckouts(text)];
  if (errors.length > 0) {
    failed = true;
    console.error(`${dir}/${file}:\n${JSON.stringify(errors, null, 2)}`);
  }
}
console.log(failed ? "Workflows: problems above." : "Workflows: valid.");
process.exit(failed ? 1 : 0);
