import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { bundleSite } from "../render/bundle";
import type { RenderReport, SiteModules } from "../render/site";
import { compileStylesheet } from "../render/stylesheet";

/**
 * The pages step: every page of app/ rendered to `outDir` as complete HTML,
 * with public/ beside them. React renders the App Router's server components
 * here, in the build's own process, rather than `next build`: Next renders
 * each page twice (its payload, then the HTML), ships a client runtime the
 * export then had to take out again, and took 25 s for a 1,000-meetup archive
 * where this takes a few. The preview (`npm run dev`) is still Next's.
 */
export async function pagesStep(outDir: string): Promise<RenderReport> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync("public", outDir, { recursive: true });
  const [bundle, stylesheet] = await Promise.all([bundleSite(), compileStylesheet()]);
  const site = (await import(pathToFileURL(bundle).href)) as {
    site: SiteModules;
    renderSite: (site: SiteModules, outDir: string, stylesheet: string) => Promise<RenderReport>;
  };
  return site.renderSite(site.site, outDir, stylesheet);
}
