import type * as Core from "@contentlayer2/core";

export type Contentlayer = ReturnType<typeof createContentlayer>;

// The few combinators of Contentlayer's effect library used here (its own type declarations don't resolve).
type Effect = { readonly _effect: unique symbol };
type Combinators = {
  map: (f: (info: { documentCount: number }) => unknown) => (e: Effect) => Effect;
  catchAll: (f: (error: unknown) => Effect) => (e: Effect) => Effect;
  succeed: (value: unknown) => Effect;
};
type Outcome = { count: number } | { error: string };

// Loaded on the first generate(), once the gate has passed every file: a refused file is reported in a
// second, not after the three it takes to load Contentlayer and its effect library.
async function load() {
  const core = await import("@contentlayer2/core");
  const T = (await import("@contentlayer2/utils/effect")).T as unknown as Combinators;
  // runMain ends the process on a failure, so a failure is made an answer first.
  const run = <A>(e: Effect) =>
    core.runMain({ tracingServiceName: "kerneltlv-content", verbose: false })(e as never) as Promise<A>;
  const config = await run<Core.Config>(core.getConfig({ configPath: undefined }) as unknown as Effect);
  return { core, T, run, config };
}

/**
 * Contentlayer's own build (`contentlayer2 build`) in this process, its config compiled once: each
 * generate() makes .contentlayer/generated from the gate's documents, or rejects with Contentlayer's message.
 */
export function createContentlayer() {
  let loaded: ReturnType<typeof load> | undefined;
  return {
    /** Generates the documents; returns how many there are. */
    async generate(): Promise<number> {
      const { core, T, run, config } = await (loaded ??= load());
      const generated = core.generateDotpkg({ config, verbose: false }) as unknown as Effect;
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
