import * as core from "@contentlayer2/core";
import { T as effect } from "@contentlayer2/utils/effect";

export type Contentlayer = ReturnType<typeof createContentlayer>;

// The few combinators of Contentlayer's effect library used here (its own type declarations don't resolve).
type Effect = { readonly _effect: unique symbol };
const T = effect as unknown as {
  map: (f: (info: { documentCount: number }) => unknown) => (e: Effect) => Effect;
  catchAll: (f: (error: unknown) => Effect) => (e: Effect) => Effect;
  succeed: (value: unknown) => Effect;
};
type Outcome = { count: number } | { error: string };

// runMain ends the process on a failure, so a failure is made an answer first.
const run = <A>(e: Effect) =>
  core.runMain({ tracingServiceName: "kerneltlv-content", verbose: false })(e as never) as Promise<A>;

/**
 * Contentlayer's own build (`contentlayer2 build`) in this process, its config compiled once: each
 * generate() makes .contentlayer/generated from the gate's documents, or rejects with Contentlayer's message.
 */
export function createContentlayer() {
  let config: Promise<core.Config> | undefined;
  return {
    /** Generates the documents; returns how many there are. */
    async generate(): Promise<number> {
      config ??= run(core.getConfig({ configPath: undefined }) as unknown as Effect);
      const generated = core.generateDotpkg({ config: await config, verbose: false }) as unknown as Effect;
      const outcome = await run<Outcome>(
        T.catchAll((error) => T.succeed({ error: String(error) }))(
          T.map((info) => ({ count: info.documentCount }))(generated),
        ),
      );
      if ("error" in outcome) throw new Error(`Contentlayer could not generate the documents: ${outcome.error}`);
      return outcome.count;
    },
  };
}
