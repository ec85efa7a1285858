import fs from "node:fs";
import path from "node:path";
import type { Metadata, Viewport } from "next";
import type { ComponentType, ReactNode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import type { AppRoute } from "./app-tree";
import { headTags, mergeMetadata } from "./head";
import { NotFoundSignal } from "./shims/navigation";

// The export's pages, rendered by React from the App Router's own files: the
// root layout around each page, the page's metadata as head tags, the site's
// stylesheet inline, and no client runtime (the pages are server components;
// the site's own browser code ships as module files, lib/browser/). Route
// handlers (feeds, calendar, sitemap) are called and their bodies written.

type Params = Record<string, string>;

export interface PageModule {
  default?: ComponentType<{ params: Promise<Params>; searchParams: Promise<Params> }>;
  metadata?: Metadata;
  generateMetadata?: (props: { params: Promise<Params> }) => Metadata | Promise<Metadata>;
  generateStaticParams?: () => Params[] | Promise<Params[]>;
  GET?: (request: Request, context: { params: Promise<Params> }) => Response | Promise<Response>;
}

export interface SiteModules {
  layout: { default: ComponentType<{ children: ReactNode }>; metadata?: Metadata; viewport?: Viewport };
  notFound: { default: ComponentType };
  routes: { route: AppRoute; module: PageModule }[];
}

export interface RenderReport {
  pages: number;
  files: number;
  /** Pages that answered notFound() for their parameters (a placeholder, an absent content page). */
  notFound: string[];
}

const parameter = (segment: string) => /^\[(\w+)\]$/.exec(segment)?.[1];

async function paramsOf(route: AppRoute, module: PageModule): Promise<Params[]> {
  const names = route.segments.map(parameter).filter((n): n is string => n !== undefined);
  if (names.length === 0) return [{}];
  if (!module.generateStaticParams)
    throw new Error(`app/${route.file}: a [parameter] route needs generateStaticParams`);
  const all = await module.generateStaticParams();
  for (const params of all) {
    for (const name of names) {
      const value = params[name];
      // Each value becomes one folder or file name of the export.
      if (typeof value !== "string" || value === "" || value === "." || value === ".." || /[/\\]/.test(value)) {
        throw new Error(`app/${route.file}: generateStaticParams gave ${JSON.stringify(params)}, no usable "${name}"`);
      }
    }
  }
  return all;
}

const fileSegments = (route: AppRoute, params: Params) => route.segments.map((s) => params[parameter(s) ?? ""] ?? s);

async function html(element: ReactNode): Promise<string> {
  // An error (notFound() included, which the caller reads as an answer) rejects the render; React
  // would also log it, which the build leaves to its caller.
  const { prelude } = await prerenderToNodeStream(element, { onError: () => undefined });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The head in Next's order: charset and viewport first, then the images React
 * preloads (those the page shows early), then the stylesheet and the metadata,
 * then the layout's own head (its scripts).
 */
function withHead(page: string, tags: string, stylesheet: string): string {
  const at = page.indexOf("<head>");
  if (at < 0) throw new Error("the root layout rendered no <head>");
  const start = at + "<head>".length;
  const preloads = /^(?:<link rel="preload"[^>]*>)*/.exec(page.slice(start))![0];
  const first = '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>';
  const end = start + preloads.length;
  return page.slice(0, start) + first + preloads + `<style>${stylesheet}</style>` + tags + page.slice(end);
}

function write(file: string, body: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

/** Renders every page and route of the site into outDir. */
export async function renderSite(site: SiteModules, outDir: string, stylesheet: string): Promise<RenderReport> {
  const { layout } = site;
  const Layout = layout.default;
  const viewport = layout.viewport ?? {};
  const report: RenderReport = { pages: 0, files: 0, notFound: [] };

  const renderPage = async (body: ReactNode, metadata: Metadata, notFound = false) => {
    const tags = headTags(mergeMetadata(layout.metadata ?? {}, metadata), viewport, { notFound });
    return withHead(await html(<Layout>{body}</Layout>), tags, stylesheet);
  };

  for (const { route, module } of site.routes) {
    for (const params of await paramsOf(route, module)) {
      const segments = fileSegments(route, params);
      const where = `/${segments.join("/")}`;
      const props = { params: Promise.resolve(params) };
      if (route.kind === "route") {
        if (!module.GET) throw new Error(`app/${route.file}: a route handler the export can write needs GET`);
        const response = await module.GET(new Request(`http://export.invalid${where}`), props);
        if (response.status !== 200) throw new Error(`app/${route.file}: ${where} answered ${response.status}`);
        write(path.join(outDir, ...segments), new Uint8Array(await response.arrayBuffer()));
        report.files++;
        continue;
      }
      const Page = module.default;
      if (!Page) throw new Error(`app/${route.file}: a page needs a default export`);
      try {
        const metadata = module.metadata ?? (await module.generateMetadata?.(props)) ?? {};
        const page = await renderPage(<Page {...props} searchParams={Promise.resolve({})} />, metadata);
        write(path.join(outDir, ...segments, "index.html"), page);
        report.pages++;
      } catch (error) {
        if (!(error instanceof NotFoundSignal)) throw error;
        report.notFound.push(`${where}/`.replace(/^\/\//, "/"));
      }
    }
  }

  const NotFound = site.notFound.default;
  write(path.join(outDir, "404.html"), await renderPage(<NotFound />, {}, true));
  report.pages++;
  return report;
}
