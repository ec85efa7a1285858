import { absoluteUrl } from "@/lib/urls";

export const dynamic = "force-static";

/** Crawlers may read every page; the sitemap lists them. */
export function GET() {
  return new Response(`User-Agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap.xml")}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
