import { watch } from "chokidar";

/**
 * Calls `onChange` once after each burst of changes under `paths`. chokidar
 * follows a file that an editor saves by replacing it (vim, JetBrains' safe
 * write, sed -i, git checkout), which Node's own recursive fs.watch loses.
 */
export function watchFiles(
  paths: string[],
  onChange: (changed: string[]) => Promise<void>,
  delayMs = 30,
): () => Promise<void> {
  const watcher = watch(paths, { ignoreInitial: true, atomic: true });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    const changed = [...pending];
    pending = new Set();
    // One run at a time: a save during a run starts the next run after it.
    running = running.then(() => onChange(changed)).catch(() => undefined);
  };
  watcher.on("all", (_event, file) => {
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  return async () => {
    clearTimeout(timer);
    await watcher.close();
    await running;
  };
}
