import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { CONTENT_PASSED } from "./ipc";

/** Where the content step's program is bundled for the build. */
const PROGRAM_DIR = ".cache/content-step";

/**
 * The content step's program (scripts/content.ts) as plain JavaScript: bundled
 * by esbuild in a few tens of milliseconds, it starts in a fraction of the
 * time it took through tsx's loader, which handed each of the step's modules
 * to a thread of its own to compile (about 0.7 s of each build). The dynamic
 * import stays a chunk of its own, so Contentlayer's thread still starts
 * before the gate's modules load. Packages are left to Node.
 */
async function bundleProgram(): Promise<string> {
  await build({
    entryPoints: { content: "scripts/content.ts" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outdir: PROGRAM_DIR,
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
  });
  // Contentlayer's thread is started by its path beside the code that starts it (lib/build/contentlayer.ts).
  fs.copyFileSync("lib/build/contentlayer-thread.mjs", path.join(PROGRAM_DIR, "contentlayer-thread.mjs"));
  return path.join(PROGRAM_DIR, "content.mjs");
}

/**
 * Runs `content build` in a process of its own: what it holds (every document,
 * Contentlayer's runtime) is given back before the pages are rendered.
 * `passed` settles once every file has passed the gate (or the step has ended).
 */
export function startContentProcess(): { exit: Promise<number>; passed: Promise<void> } {
  let markPassed: () => void = () => undefined;
  const passed = new Promise<void>((resolve) => (markPassed = resolve));
  // The environment as it is now: the build changes its own (NODE_ENV) for the pages.
  const env = { ...process.env };
  const exit = bundleProgram().then(
    (program) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, [program, "build"], {
          env,
          stdio: ["inherit", "inherit", "inherit", "ipc"],
        });
        child.on("message", (message) => message === CONTENT_PASSED && markPassed());
        child.once("error", reject);
        child.once("exit", (code, signal) => {
          markPassed();
          resolve(code ?? (signal ? 1 : 0));
        });
      }),
  );
  exit.catch(() => markPassed());
  return { exit, passed };
}
