// Screenshots of a built site at phone and desktop widths, light and dark, for a person to look at:
//   tsx scripts/screenshots.ts [--site out] [--base /kerneltlv] [--out screenshots] [--js off] [--at <time>] [path...]
// --at 2099-03-11T12:00+02:00 shows the pages as the live-time module sets them at that moment.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../e2e/chromium";
import { staticHost } from "../lib/build/static-host";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: "string", default: "out" },
    base: { type: "string", default: "" },
    out: { type: "string", default: "screenshots" },
    js: { type: "string", default: "on" },
    at: { type: "string" },
  },
});
const pages = positionals.length > 0 ? positionals : ["/", "/meetups/", "/speakers/"];

const server = createServer(staticHost(values.site, { basePath: values.base }));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}${values.base}`;

const browser = await chromium.launch({ executablePath: chromiumPath() });
for (const [name, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 900 }],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, javaScriptEnabled: values.js !== "off" });
    const page = await context.newPage();
    if (values.at) await page.clock.setFixedTime(new Date(values.at));
    for (const p of pages) {
      // Until the network rests: a page's module (search, say) may still be filling it in after load.
      await page.goto(`${origin}${p}`, { waitUntil: "networkidle" });
      const file = `${values.out}/${name}-${scheme}${p.replace(/[^\p{L}\p{N}.-]+/gu, "_").replace(/_$/, "") || "_home"}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
server.close();
