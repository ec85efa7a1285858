import { watch } from "chokidar";

/**
 * Runs `onChange` once the watcher is ready, then after each burst of changes under `paths`. Ready first: a save
 * made as soon as the first run has said what to fix is seen. One run at a time, and saves during a run make one
 * more run after it, however many. A first run that fails stops the watch and fails. chokidar follows a file an
 * editor saves by replacing it, which Node's own recursive fs.watch loses.
 */
export async function watchFiles(
  paths: string[],
  onChange: () => Promise<void>,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  const watcher = watch(paths, { ignoreInitial: true, atomic: true });
  watcher.on("error", onError);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = onChange().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run().catch(onError);
      }
    });
    return running;
  };
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run().catch(onError), 30);
  });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  try {
    await run();
  } catch (error) {
    await watcher.close();
    throw error;
  }
  return async () => {
    clearTimeout(timer);
    await watcher.close();
    await running?.catch(() => undefined);
  };
}
