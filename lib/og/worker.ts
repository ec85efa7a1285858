// A render thread: loads each font file once, then draws the cards it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { cardTexts, normalizeCard } from "./card";
import { planFonts } from "./fonts";
import { renderCardPng } from "./render";
import { writeAtomically, type WorkerBatch, type WorkerReply } from "./pool";

// Nothing here may reach the network (Satori would fetch an image given by
// URL); make sure of it rather than trust it.
globalThis.fetch = (() =>
  Promise.reject(new Error("Link-preview rendering must not use the network."))) as typeof fetch;

const port = parentPort;
if (!port) throw new Error("lib/og/worker.ts runs as a worker thread, started by renderPreviewImages.");

const warmingUp = (workerData as { warmUp?: boolean } | undefined)?.warmUp
  ? (async () => {
      // Started ahead of its cards (startRenderThreads): one drawn for nothing, so that V8 has
      // compiled the renderers by the time the first real one comes.
      const card = normalizeCard({
        site: { name: "Warm-up", tagline: "A card drawn to compile the renderers" },
        kicker: "Thursday, 26 November 2026",
        title: "Drawn once, never written",
        lines: ["19:00–21:00", "With nobody at all"],
      });
      await renderCardPng({ card, ...planFonts(cardTexts(card)) }).catch(() => undefined);
    })()
  : undefined;

// One batch per thread (see WorkerBatch): the requests are taken one by one, with a turn of the
// event loop between, since resvg frees an image only then.
port.once("message", async ({ requests, claims }: WorkerBatch) => {
  await warmingUp;
  const reply: WorkerReply = { failures: [] };
  for (let i = Atomics.add(claims, 0, 1); i < requests.length; i = Atomics.add(claims, 0, 1)) {
    const { task, out } = requests[i]!;
    try {
      writeAtomically(out, await renderCardPng(task));
    } catch (error) {
      reply.failures.push(error instanceof Error ? error.message : String(error));
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  port.postMessage(reply);
});
