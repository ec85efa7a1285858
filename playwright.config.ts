import fs from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { sitePorts, siteUrl } from "./e2e/sites";

// Playwright's own browser download does not work on every machine: use the
// system Chromium when there is one, or the one named by CHROMIUM_PATH.
const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

if (executablePath === undefined && !fs.existsSync(chromium.executablePath())) {
  throw new Error(
    "No Chromium for the end-to-end tests: install Debian's (apt-get install chromium), " +
      "set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium` where downloads work.",
  );
}

// Each built site is served by Python's plain static server: no rewrites, no
// clean URLs, like the simplest static host.

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: siteUrl("fixture"),
    launchOptions: {
      executablePath,
      args: [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: Object.entries(sitePorts).map(([name, port]) => ({
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory e2e/.sites/${name}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "ignore",
  })),
});
