import { createServer, type Server } from "node:http";
import { staticHost } from "../lib/build/static-host";
import { siteDir, sites, type SiteName } from "./sites";

/** Playwright's global setup: every built site served in this process, each on its own port; returns the teardown. */
export default async function serveSites(): Promise<() => Promise<void>> {
  const servers: Server[] = [];
  for (const [name, { port, basePath }] of Object.entries(sites)) {
    const server = createServer(staticHost(siteDir(name as SiteName), { basePath }));
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
    servers.push(server);
  }
  return async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  };
}
