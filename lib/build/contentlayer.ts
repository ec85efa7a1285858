import * as core from "@contentlayer2/core";
import { T } from "@contentlayer2/utils/effect";

type Config = Parameters<typeof core.generateDotpkg>[0]["config"];
type Effect = Parameters<ReturnType<typeof core.runMain>>[0];

// @effect-ts/core publishes no types for its ESM entry, so the two combinators
// used here are typed by hand.
const Eff = T as unknown as {
  map: <A, B>(f: (a: A) => B) => (effect: Effect) => Effect;
  catchAll: (f: (error: unknown) => Effect) => (effect: Effect) => Effect;
  succeed: <A>(value: A) => Effect;
};

/**
 * Contentlayer's own build (what `contentlayer2 build` runs), in this process:
 * the content step calls it after the gate, and the preview calls it again on
 * each save without a second file watcher. Throws instead of exiting.
 */
export function createContentlayer() {
  let config: Config | undefined;
  const run = <A>(effect: Effect) =>
    core.runMain({ tracingServiceName: "kerneltlv-content", verbose: false })(effect) as Promise<A>;

  return {
    /** Generates .contentlayer/generated from the bridge; returns the number of documents. */
    async generate(): Promise<number> {
      config ??= await run<Config>(core.getConfig({ configPath: undefined }));
      const generated = Eff.map((info: { documentCount: number }) => ({ ok: true, count: info.documentCount }))(
        core.generateDotpkg({ config, verbose: false }),
      );
      const outcome = await run<{ ok: true; count: number } | { ok: false; error: unknown }>(
        Eff.catchAll((error) => Eff.succeed({ ok: false, error }))(generated),
      );
      if (!outcome.ok) throw new Error(`Contentlayer could not generate the documents: ${String(outcome.error)}`);
      return outcome.count;
    },
  };
}
