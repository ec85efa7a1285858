import { watch } from "chokidar";

/**
 * Calls `onChange` once after each burst of changes under `paths`. chokidar follows a file an editor saves by
 * replacing it, which Node's own recursive fs.watch loses.
 */
export function watchFiles(paths: string[], onChange: () => Promise<void>): () => Promise<void> {
  const watcher = watch(paths, { ignoreInitial: true, atomic: true });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  // One run at a time: a save during a run starts the next run after it.
  const flush = () => (running = running.then(onChange).catch(() => undefined));
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(flush, 30);
  });
  return async () => {
    clearTimeout(timer);
    await watcher.close();
    await running;
  };
}
