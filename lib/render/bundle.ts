import fs from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { readAppTree } from "./app-tree";

// The site's code as one module the build imports and runs (lib/render/site.tsx):
// app/ with what it imports from components/ and lib/, bundled by esbuild,
// packages left to Node. Next's own modules the pages import are swapped for
// the export's (lib/render/shims/); Contentlayer's documents are read where
// the content step wrote them; the stylesheet is compiled on its own.

const root = process.cwd();
const SHIMS: Record<string, string> = {
  "next/link": path.join(root, "lib/render/shims/link.tsx"),
  "next/navigation": path.join(root, "lib/render/shims/navigation.ts"),
};

const generatedDocuments: Plugin = {
  name: "contentlayer-generated",
  setup(b) {
    b.onResolve({ filter: /^contentlayer\/generated$/ }, () => ({
      path: path.join(root, ".contentlayer/generated/index.mjs"),
      external: true,
    }));
  },
};

/** Writes the bundle to `outFile` and returns its path. */
export async function bundleSite(outFile = ".cache/render/site.mjs", appDir = "app"): Promise<string> {
  const tree = readAppTree(appDir);
  const at = (rel: string) => JSON.stringify(path.join(root, appDir, rel));
  const entry = [
    `import * as layout from ${at(tree.layout)};`,
    `import * as notFound from ${at(tree.notFound)};`,
    ...tree.routes.map((r, i) => `import * as route${i} from ${at(r.file)};`),
    `import { countPages, renderSite } from ${JSON.stringify(path.join(root, "lib/render/site.tsx"))};`,
    `const routes = ${JSON.stringify(tree.routes)};`,
    `export const site = { layout, notFound, routes: routes.map((route, i) => ({ route, module: [${tree.routes.map((_, i) => `route${i}`).join(", ")}][i] })) };`,
    `export { countPages, renderSite };`,
    // What the pages were rendered from, for the export step: the documents are read once.
    `export { catalog } from ${JSON.stringify(path.join(root, "lib/meetups.ts"))};`,
    // Run as a worker thread (lib/build/pages-step.ts): renders what it is given, and says how it went.
    `import { isMainThread, parentPort, workerData } from "node:worker_threads";`,
    `if (!isMainThread && workerData?.renderSite) {`,
    `  renderSite(site, workerData.renderSite).then(`,
    `    (report) => parentPort.postMessage({ report }),`,
    `    (error) => parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }),`,
    `  );`,
    `}`,
  ].join("\n");
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts", sourcefile: "site-entry.ts" },
    outfile: outFile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    loader: { ".css": "empty" },
    alias: SHIMS,
    plugins: [generatedDocuments],
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "silent",
  });
  return path.resolve(outFile);
}
