import fs from "node:fs";

// The machine's own browser, never Playwright's download (which these machines can't fetch). Debian's Chromium
// headless shell (.ci/run installs it), the same lean build Playwright itself runs headless: a full Chromium costs
// three times its CPU per test. Else Debian's full Chromium, or any Chromium or Chrome named by CHROMIUM_PATH
// (GitHub's runners come with Google Chrome: see .github/workflows/check.yml).
const DEBIAN = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

/** The browser the end-to-end tests, the screenshots and the benchmark drive. */
export function chromiumPath(): string {
  const file = process.env.CHROMIUM_PATH ?? DEBIAN.find((candidate) => fs.existsSync(candidate));
  if (!file || !fs.existsSync(file)) {
    throw new Error(
      `No Chromium at ${file ?? DEBIAN.join(" or ")}: install Debian's (apt-get install chromium-headless-shell) ` +
        "or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return file;
}
