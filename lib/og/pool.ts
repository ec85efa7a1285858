import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { threadId, Worker, type WorkerOptions } from "node:worker_threads";
import type { RenderTask } from "./render";

export interface WorkerRequest {
  id: number;
  task: RenderTask;
  /** Where to write the PNG. */
  out: string;
}

export type WorkerReply = { id: number; ok: true } | { id: number; ok: false; message: string };

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
 * Starts a render thread. Under tsx or vitest this module is TypeScript, which
 * a worker thread can't load by itself (Node 20 doesn't pass the parent's
 * loader on), so the thread registers tsx's loader first.
 */
function startWorker(options: WorkerOptions = {}): Worker {
  const here = fileURLToPath(import.meta.url);
  const entry = new URL(`./worker${path.extname(here)}`, import.meta.url);
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
 * Requests a thread holds at a time: the one it draws and the next. With every
 * core busy drawing, this thread may wait milliseconds to be scheduled and hand
 * out the next request. Given one at a time, each of 2 threads sat idle 0.3 to
 * 0.6 s over 500 images (on a busy 2-core machine); given two, never.
 */
const IN_FLIGHT = 2;

/**
 * Draws each request's card to its `out` file with `threads` worker threads,
 * those `started` ahead first (startRenderThreads); ends every one of them.
 */
export async function renderInWorkers(
  requests: WorkerRequest[],
  threads: number,
  started: Worker[] = [],
): Promise<void> {
  const queue = [...requests];
  const failures: string[] = [];
  const wanted = Math.min(threads, requests.length);
  for (const spare of started.slice(wanted)) void spare.terminate();
  const workers = [...started.slice(0, wanted)];
  while (workers.length < wanted) workers.push(startWorker());
  for (const worker of workers) worker.ref();
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let drawing = 0;
            const next = () => {
              while (drawing < IN_FLIGHT && queue.length > 0) {
                worker.postMessage(queue.shift());
                drawing++;
              }
              if (drawing === 0) resolve();
            };
            worker.on("message", (reply: WorkerReply) => {
              drawing--;
              if (!reply.ok) failures.push(reply.message);
              next();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => reject(new Error(`A link-preview render thread stopped (exit code ${code}).`)));
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
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
