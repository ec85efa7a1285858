// Screenshots of the built site at phone and desktop widths, light and dark,
// for a person to look at: tsx scripts/screenshots.ts [outDir] [path...]
import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import handler from "serve-handler";

const [dir = "screenshots", ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ["/", "/meetups/", "/speakers/"];
const root = process.env.SITE_DIR ?? "out";

const server = createServer((req, res) => handler(req, res, { public: root }));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const address = server.address();
const port = typeof address === "object" && address ? address.port : 0;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
for (const [name, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 900 }],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const p of pages) {
      await page.goto(`http://127.0.0.1:${port}${p}`);
      const file = `${dir}/${name}-${scheme}${p.replace(/\/+/g, "_").replace(/_$/, "") || "_home"}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
server.close();
