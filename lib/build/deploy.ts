/**
 * Where a GitHub Pages deployment lives. A site URL on its own domain is served
 * at that domain's root (and GitHub Pages needs its CNAME); otherwise the Pages
 * URL decides, with a base path for a project site (https://owner.github.io/repo).
 */
export function pagesAddress(
  siteUrl: string,
  pagesBaseUrl: string,
): { siteUrl: string; basePath: string; cname: string } {
  const site = new URL(siteUrl);
  if (!site.hostname.endsWith(".github.io")) return { siteUrl: site.origin, basePath: "", cname: site.hostname };
  const pages = new URL(pagesBaseUrl || siteUrl);
  const basePath = pages.pathname.replace(/\/+$/, "");
  return { siteUrl: pages.origin, basePath, cname: "" };
}
