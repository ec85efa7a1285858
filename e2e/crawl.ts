import type { APIRequestContext } from "@playwright/test";

/**
 * Follows every link, image, script, stylesheet and link-preview image of a
 * built site from its home page, as a visitor's browser or a crawler would.
 * Returns what is broken and the pages seen.
 */
export async function crawl(request: APIRequestContext, origin: string, start: string, limit = 2000) {
  const seen = new Set<string>();
  const queue = [start];
  const broken: string[] = [];
  const basePath = start.replace(/\/$/, "");
  while (queue.length > 0 && seen.size < limit) {
    const pathname = queue.shift()!;
    if (seen.has(pathname)) continue;
    seen.add(pathname);
    const response = await request.get(`${origin}${pathname}`);
    if (!response.ok()) {
      broken.push(`${pathname}: ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    const html = await response.text();
    const refs = [
      ...html.matchAll(/\s(?:href|src)="([^"]+)"/g),
      ...html.matchAll(/<meta (?:property|name)="(?:og:image|twitter:image)" content="([^"]+)"/g),
    ].map((m) => m[1]!.replace(/&amp;/g, "&"));
    for (const ref of refs) {
      const target = new URL(ref, `${origin}${pathname}`);
      if (target.origin !== origin || target.protocol !== "http:") continue;
      if (basePath && !target.pathname.startsWith(`${basePath}/`)) {
        broken.push(`${pathname} -> ${target.pathname} (outside the base path ${basePath})`);
      } else queue.push(target.pathname);
    }
  }
  return { broken, seen };
}
