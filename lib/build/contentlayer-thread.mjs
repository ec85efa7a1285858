// Contentlayer's own build (what `contentlayer2 build` runs), in a thread that
// lib/build/contentlayer.ts starts. It is JavaScript so that the thread runs
// without tsx's loader: through it, loading Contentlayer's thousands of
// modules took about 2 s instead of 1 s. Each message asks for one
// generation; each reply is { ok: true, count } or { ok: false, error }.
import { parentPort } from "node:worker_threads";
import * as core from "@contentlayer2/core";
import { T } from "@contentlayer2/utils/effect";

// Each generation is asked for (the preview's own watcher asks on every save): Contentlayer's file
// watcher, which it would start for each and close again, is left out (patches/).
process.env.CONTENTLAYER_NO_WATCH = "1";

const run = (effect) => core.runMain({ tracingServiceName: "kerneltlv-content", verbose: false })(effect);

// Compiled and loaded at once, while the gate checks the content in the main thread.
const config = run(core.getConfig({ configPath: undefined }));

parentPort.on("message", async () => {
  try {
    const generated = T.map((info) => ({ ok: true, count: info.documentCount }))(
      core.generateDotpkg({ config: await config, verbose: false }),
    );
    // A failure is answered, not thrown: runMain would end the thread on it.
    parentPort.postMessage(await run(T.catchAll((error) => T.succeed({ ok: false, error: String(error) }))(generated)));
  } catch (error) {
    parentPort.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
