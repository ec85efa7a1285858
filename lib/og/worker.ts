// A render thread: loads each font file once, then draws the cards it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { cardTexts, normalizeCard } from "./card";
import { planFonts } from "./fonts";
import { renderCardPng } from "./render";
import { writeAtomically, type WorkerReply, type WorkerRequest } from "./pool";

// Nothing here may reach the network (Satori would fetch an image given by
// URL); make sure of it rather than trust it.
globalThis.fetch = (() =>
  Promise.reject(new Error("Link-preview rendering must not use the network."))) as typeof fetch;

const port = parentPort;
if (!port) throw new Error("lib/og/worker.ts runs as a worker thread, started by renderPreviewImages.");

// Requests come while one is drawn (see IN_FLIGHT in pool.ts), and a port hands
// over all that are waiting at once: they wait here, to be drawn one by one
// with a turn of the event loop between, since resvg frees an image only then.
const requests: WorkerRequest[] = [];
let drawing = false;

// Started ahead of its cards (startRenderThreads): one drawn for nothing, so that V8 has compiled
// the renderers by the time the first real one comes.
const warmingUp = (workerData as { warmUp?: boolean } | undefined)?.warmUp
  ? (async () => {
      const card = normalizeCard({
        site: { name: "Warm-up", tagline: "A card drawn to compile the renderers" },
        kicker: "Thursday, 26 November 2026",
        title: "Drawn once, never written",
        lines: ["19:00–21:00", "With nobody at all"],
      });
      await renderCardPng({ card, ...planFonts(cardTexts(card)) }).catch(() => undefined);
    })()
  : undefined;

const drawAll = async () => {
  drawing = true;
  await warmingUp;
  let request: WorkerRequest | undefined;
  while ((request = requests.shift())) {
    const { id, task, out } = request;
    let reply: WorkerReply;
    try {
      writeAtomically(out, await renderCardPng(task));
      reply = { id, ok: true };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    await new Promise((resolve) => setImmediate(resolve));
  }
  drawing = false;
};

port.on("message", (request: WorkerRequest) => {
  requests.push(request);
  if (!drawing) void drawAll();
});
