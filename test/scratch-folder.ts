import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// The unit tests write thousands of throwaway folders (content, projects, exports). Every one of them, and any
// that a command run by a test makes, goes under one folder for the run, removed when the run ends: a run leaves
// nothing behind in the machine's temporary folder. The workers take TMPDIR from this process when they start.
export default function setup() {
  // Each project of vitest.config.ts runs this: the first makes the folder, the others use it (nested folders
  // made tsx's socket path too long for the system).
  if (process.env.KERNELTLV_TESTS_TMPDIR) return;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-tests-"));
  process.env.KERNELTLV_TESTS_TMPDIR = process.env.TMPDIR = scratch;
  return () => fs.rmSync(scratch, { recursive: true, force: true });
}
