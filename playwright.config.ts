import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/chromium";
import { siteUrl } from "./e2e/sites";

const PREVIEW = /preview(-[a-z]+)?\.spec\.ts$/;

// Specs run twice, with JavaScript on and off: every page must be complete
// without it. A test about what only the browser's script does is tagged @js.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  // The built sites (scripts/e2e-sites.ts) served by this process, like GitHub Pages serves them.
  globalSetup: "./e2e/serve.ts",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: siteUrl("fixture"),
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "js", use: { javaScriptEnabled: true }, grepInvert: /@no-js\b/, testIgnore: PREVIEW },
    { name: "no-js", use: { javaScriptEnabled: false }, grepInvert: /@js\b/, testIgnore: PREVIEW },
    // npm run dev compiles pages as they are asked for, which a machine busy with the other specs
    // slows past any sensible timeout: package.json runs this project on its own, after them.
    // One worker: its specs' dev servers share next dev's lock and .contentlayer/, so they take turns.
    { name: "preview", testMatch: PREVIEW, workers: 1 },
  ],
});
