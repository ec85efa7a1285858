/**
 * Where a GitHub Pages deployment lives: a site on its own domain is at its root (the domain is set in the
 * repository's Pages settings; a workflow's CNAME file is ignored), otherwise the Pages URL decides.
 */
export function pagesAddress(siteUrl: string, pagesBaseUrl: string): { siteUrl: string; basePath: string } {
  const site = new URL(siteUrl);
  if (!site.hostname.endsWith(".github.io")) return { siteUrl: site.origin, basePath: "" };
  const pages = new URL(pagesBaseUrl || siteUrl);
  const basePath = pages.pathname.replace(/\/+$/, "");
  return { siteUrl: pages.origin, basePath };
}
