import { Worker } from "node:worker_threads";

type Reply = { ok: true; count: number } | { ok: false; error: string };

export type Contentlayer = ReturnType<typeof createContentlayer>;

/**
 * Contentlayer's own build (lib/build/contentlayer-thread.mjs) in a thread of
 * its own, started now: it loads Contentlayer and compiles the config on the
 * other core while the gate checks the content here. The content step calls
 * generate() after the gate, and the preview again on each save, without a
 * second file watcher. A failure rejects; it never ends the process.
 */
export function createContentlayer() {
  // No execArgv: the thread is plain JavaScript and must not load tsx, which this process runs under.
  const worker = new Worker(new URL("./contentlayer-thread.mjs", import.meta.url), { execArgv: [] });
  let waiting: { resolve: (count: number) => void; reject: (error: Error) => void } | undefined;
  let stopped: Error | undefined;
  const settle = (outcome: { count: number } | { error: Error }) => {
    const request = waiting;
    waiting = undefined;
    worker.unref();
    if ("error" in outcome) request?.reject(outcome.error);
    else request?.resolve(outcome.count);
  };
  worker.on("message", (reply: Reply) =>
    settle(reply.ok ? reply : { error: new Error(`Contentlayer could not generate the documents: ${reply.error}`) }),
  );
  const stop = (error: Error) => {
    stopped ??= error;
    settle({ error: stopped });
  };
  worker.on("error", (error) =>
    stop(new Error(`Contentlayer failed: ${error instanceof Error ? error.message : String(error)}`)),
  );
  worker.on("exit", (code) => stop(new Error(`Contentlayer stopped (exit code ${code}); its messages are above`)));
  // Idle, the thread keeps nothing alive: a build that stops at the gate ends at once. (After the
  // listeners: adding a "message" listener makes the thread keep the process alive again.)
  worker.unref();

  let queue: Promise<unknown> = Promise.resolve();
  const request = () =>
    new Promise<number>((resolve, reject) => {
      if (stopped) return reject(stopped);
      waiting = { resolve, reject };
      worker.ref();
      worker.postMessage("generate");
    });

  return {
    /** Generates .contentlayer/generated from the bridge; returns the number of documents. */
    generate(): Promise<number> {
      const next = queue.then(request, request);
      queue = next;
      return next;
    },
  };
}
