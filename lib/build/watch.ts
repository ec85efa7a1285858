import { watch } from "chokidar";

/**
 * Runs `onChange` once the watcher is ready, then once after each burst of changes under `paths`, one run at a
 * time. Ready first: a save made as soon as the first run has said what to fix is seen. chokidar follows a file an
 * editor saves by replacing it, which Node's own recursive fs.watch loses.
 */
export async function watchFiles(paths: string[], onChange: () => Promise<void>): Promise<() => Promise<void>> {
  const watcher = watch(paths, { ignoreInitial: true, atomic: true });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  // A save during a run starts the next run after it.
  const flush = () => (running = running.then(onChange).catch(() => undefined));
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(flush, 30);
  });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  await flush();
  return async () => {
    clearTimeout(timer);
    await watcher.close();
    await running;
  };
}
