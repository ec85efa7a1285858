// Serves the built site (out/) on http://localhost:3000 the way GitHub Pages does: npm start
// Under a base path when the build had one: BASE_PATH=/kerneltlv npm start
import fs from "node:fs";
import { createServer } from "node:http";
import { staticHost } from "../lib/build/static-host";

const port = Number(process.env.PORT ?? 3000);
const basePath = process.env.BASE_PATH ?? "";
if (!fs.existsSync("out/index.html")) {
  console.error("There is no built site in out/: run npm run build first.");
  process.exit(1);
}
createServer(staticHost("out", { basePath })).listen(port, () => {
  console.log(`Serving out/ on http://localhost:${port}${basePath}/`);
});
