import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { threadId, Worker, type WorkerOptions } from "node:worker_threads";
import type { RenderTask } from "./render";

export interface WorkerRequest {
  task: RenderTask;
  /** Where to write the PNG. */
  out: string;
}

/**
 * What a render thread is sent, once: every request, and a counter shared by
 * the threads of one run, from which each takes the index of the next request
 * no thread has taken.
 */
export interface WorkerBatch {
  requests: WorkerRequest[];
  claims: Int32Array;
}

/** A render thread's answer, once it has taken the last request: the failures among those it drew. */
export interface WorkerReply {
  failures: string[];
}

/**
 * Writes a file so that no reader ever sees half of it: a build stopped in the
 * middle leaves no broken image in the cache to be reused.
 */
export function writeAtomically(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  fs.writeFileSync(temp, data);
  fs.renameSync(temp, file);
}

/**
 * A render thread's young generation, in MB. A card's pixels live outside the
 * heap; what it leaves on the heap is small and short-lived, and V8's default
 * let each thread's heap grow some 25 MB more for nothing: with 8, cards draw
 * as fast (lib/og/bench.ts) and a cold 1,000-meetup build peaks 50 MiB lower.
 */
const YOUNG_GENERATION_MB = 8;

/**
 * Starts a render thread. Under tsx or vitest this module is TypeScript, which
 * a worker thread can't load by itself (Node 20 doesn't pass the parent's
 * loader on), so the thread registers tsx's loader first.
 */
function startWorker(options: WorkerOptions = {}): Worker {
  const here = fileURLToPath(import.meta.url);
  const entry = new URL(`./worker${path.extname(here)}`, import.meta.url);
  options = { ...options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (path.extname(here) !== ".ts") return new Worker(entry, options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Render threads started before their cards are known, each loading the
 * renderers and drawing a card of its own once (the first drawings are the
 * slow ones, V8 compiling as it goes): the build starts them while the content
 * step runs, when many cards are to be drawn. They keep nothing alive: a build
 * that stops before drawing ends at once. Hand them to renderInWorkers, which
 * ends them.
 */
export function startRenderThreads(count: number): Worker[] {
  return Array.from({ length: count }, () => {
    const worker = startWorker({ workerData: { warmUp: true } });
    worker.unref();
    return worker;
  });
}

/**
 * Draws each request's card to its `out` file with `threads` worker threads,
 * those `started` ahead first (startRenderThreads); ends every one of them.
 * The threads share out the requests among themselves (see WorkerBatch): none
 * waits for this thread, which may be busy rendering pages meanwhile.
 */
export async function renderInWorkers(
  requests: WorkerRequest[],
  threads: number,
  started: Worker[] = [],
): Promise<void> {
  const wanted = Math.min(threads, requests.length);
  for (const spare of started.slice(wanted)) void spare.terminate();
  const workers = [...started.slice(0, wanted)];
  while (workers.length < wanted) workers.push(startWorker());
  const batch: WorkerBatch = { requests, claims: new Int32Array(new SharedArrayBuffer(4)) };
  let replies: WorkerReply[];
  try {
    replies = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<WorkerReply>((resolve, reject) => {
            worker.ref();
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.once("exit", (code) =>
              reject(new Error(`A link-preview render thread stopped (exit code ${code}).`)),
            );
            worker.postMessage(batch);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const failures = replies.flatMap((reply) => reply.failures);
  if (failures.length) throw new Error(failures.join("\n"));
}

/** The same, on this thread. */
export async function renderHere(requests: WorkerRequest[]): Promise<void> {
  // Loaded only when drawing here: with threads, or with everything cached,
  // this thread needs neither Satori nor resvg.
  const { renderCardPng } = await import("./render");
  const failures: string[] = [];
  for (const { task, out } of requests) {
    try {
      writeAtomically(out, await renderCardPng(task));
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
    // resvg's images are freed only when the event loop turns, which awaiting
    // Satori doesn't do: without this, 400 cards took twice as long here, the
    // memory for each image new to the process.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (failures.length) throw new Error(failures.join("\n"));
}
