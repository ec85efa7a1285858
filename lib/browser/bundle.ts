// Each browser module is bundled with what it imports into one ES module, named for its content so that a host
// may cache it for good. Build time only.
import { createHash } from "node:crypto";
import path from "node:path";
import { buildSync } from "esbuild";
import { basePath } from "../site/urls";

export type BrowserModuleName = "live" | "search" | "video";

/** The most script a page may carry, gzipped, all modules together ("Pages as light as the site they replace"). */
export const SCRIPT_BUDGET_GZIPPED = 4 * 1024;

// Browsers that run module scripts and speculation rules' fallbacks alike; older
// ones ignore type="module" and keep the page as built.
const TARGET = ["es2022", "chrome111", "firefox111", "safari16.4"];

/** Each module's code, and its file name (live.3f9a1c2b.js), which changes whenever the code does. */
const built = new Map<BrowserModuleName, { fileName: string; code: string }>();

/** The bundled module lib/browser/<name>.ts, built once per process. */
export function browserModule(name: BrowserModuleName) {
  const known = built.get(name);
  if (known) return known;
  // From the project's root (where npm runs the build, the preview and vitest): bundlers move
  // this file, so its own location says nothing about where lib/browser is.
  const entry = path.join(process.cwd(), "lib", "browser", `${name}.ts`);
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: TARGET,
    minify: true,
    sourcemap: false,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for lib/browser/${name}.ts`);
  const code = output.text;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 8);
  const made = { fileName: `${name}.${hash}.js`, code };
  // The preview rebuilds on every request, so an edit to lib/browser shows without a restart.
  if (process.env.NODE_ENV !== "development") built.set(name, made);
  return made;
}

/**
 * The inline module that loads lib/browser/<name>.ts once the page has been painted, so its fetch never competes
 * with the first paint: it waits for first-contentful-paint, as in Chromium a task queued from the frame can run
 * before the frame is shown. With `onlyWith`, a page with no element of that selector loads nothing.
 */
export function loadAfterFirstPaint(name: BrowserModuleName, { onlyWith }: { onlyWith?: string } = {}): string {
  const src = `${basePath}/assets/${browserModule(name).fileName}`;
  const load = `()=>import(${JSON.stringify(src).replace(/</g, "\\u003c")})`;
  const when = onlyWith ? `document.querySelector(${JSON.stringify(onlyWith)})&&` : "";
  return (
    `const l=${load};${when}(` +
    `globalThis.PerformanceObserver?.supportedEntryTypes?.includes("paint")&&!document.prerendering` +
    `?new PerformanceObserver((e,o)=>{e.getEntriesByName("first-contentful-paint")[0]&&(o.disconnect(),l())})` +
    `.observe({type:"paint",buffered:!0}):l())`
  );
}
