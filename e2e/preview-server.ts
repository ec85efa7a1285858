import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// npm run dev for the preview specs: the content gate and Contentlayer, with
// `next dev` beside them. It compiles each route when first asked for, which
// a busy 2-core machine can take minutes over: every request here has a
// generous bound of its own, and nothing is timed.

/** How long one request may take, compiling its route included. */
export const REQUEST_TIMEOUT = 120_000;

export interface Preview {
  origin: string;
  /** Resolves once `address` answers 200, within `timeout`; rejects if npm run dev exits first. */
  ready(address: string, timeout: number): Promise<void>;
  /** Stops the whole process group and waits for it to be gone, so that the next preview finds next dev's lock free. */
  stop(): Promise<void>;
}

/**
 * Starts npm run dev on `port`, its output to `log` (for when a test fails).
 * Returned at once, so that an afterAll can stop it even if it never got ready.
 */
export function startPreview(options: { port: number; env: NodeJS.ProcessEnv; log: string }): Preview {
  fs.mkdirSync(path.dirname(options.log), { recursive: true });
  const output = fs.openSync(options.log, "w");
  const child = spawn("npx", ["tsx", "scripts/content.ts", "dev", "--port", String(options.port)], {
    env: { ...options.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", output, output],
    // Its own process group: the content watcher and the Next dev server it starts stop together.
    detached: true,
  });
  fs.closeSync(output);
  let exited: number | null | undefined;
  child.on("exit", (code) => (exited = code));
  const origin = `http://127.0.0.1:${options.port}`;

  return {
    origin,
    async ready(address, timeout) {
      const deadline = Date.now() + timeout;
      for (;;) {
        if (exited !== undefined) throw new Error(`npm run dev exited (${exited}): see ${options.log}`);
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`npm run dev did not answer ${address} in ${timeout / 1000} s: see ${options.log}`);
        const response = await get(`${origin}${address}`, Math.min(left, REQUEST_TIMEOUT)).catch(() => null);
        if (response?.status === 200) return;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    },
    stop: () => stopGroup(child.pid),
  };
}

/** A page as fetched, within `timeout`. */
export async function get(url: string, timeout = REQUEST_TIMEOUT): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeout) });
  return { status: response.status, html: await response.text() };
}

async function stopGroup(pid: number | undefined): Promise<void> {
  if (!pid) return;
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false; // ESRCH: the group is gone
    }
  };
  signal("SIGTERM");
  for (let waited = 0; waited < 20_000; waited += 200) {
    if (!signal(0)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  signal("SIGKILL");
}
