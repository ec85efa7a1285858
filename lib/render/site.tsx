import fs from "node:fs";
import path from "node:path";
import type { Metadata, Viewport } from "next";
import type { ComponentType, ReactNode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import type { AppRoute } from "./app-tree";
import { createCssPruner, type PrunerOptions } from "../export/css";
import { readMarkup, type Reference } from "../export/scan";
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
  /** Bytes of inline stylesheet in the pages, before and after the cut, and the cut cache's files used. */
  css: { before: number; after: number; cacheFiles: string[] };
  /**
   * The addresses each page refers to, by its file under outDir ("speakers/ada/index.html"), read while
   * cutting its stylesheet: the export's check (lib/export/verify.ts) needn't read the page again.
   */
  references: Record<string, Reference[]>;
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
  // An error rejects the render, unless it is inside a <Suspense>: then React writes the fallback, which
  // without a client runtime would stay. Either way the first error is the page's (notFound() included,
  // which the caller reads as an answer), and React's own logging of it is left to the caller.
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(element, { onError: (error) => void errors.push(error) });
  if (errors.length > 0) throw errors[0];
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

/** How many pages the site has (the not-found page among them), before any is rendered. */
export async function countPages(site: SiteModules): Promise<number> {
  let pages = 1;
  for (const { route, module } of site.routes)
    if (route.kind === "page") pages += (await paramsOf(route, module)).length;
  return pages;
}

/** Writes files, making each folder once. */
function writer(outDir: string) {
  const made = new Set<string>();
  return (segments: string[], body: string | Uint8Array) => {
    const file = path.join(outDir, ...segments);
    const dir = path.dirname(file);
    if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
    fs.writeFileSync(file, body);
  };
}

export interface RenderOptions {
  outDir: string;
  /** The site's whole stylesheet, which each page carries inline. */
  stylesheet: string;
  /**
   * What to render: the route handlers' files, or pages. Threads that render
   * pages together share `claims`: each takes the next page no thread has
   * taken (the pages come in the same order in every thread).
   */
  part: "routes" | { claims: Int32Array };
  /** Each page's stylesheet cut to what can match it (lib/export/css.ts); none: the whole sheet stays. */
  cut?: { runtimeWords: string[] } & PrunerOptions;
}

/** Renders the site's route handlers, or its pages, into outDir. */
export async function renderSite(site: SiteModules, options: RenderOptions): Promise<RenderReport> {
  const { layout } = site;
  const Layout = layout.default;
  const viewport = layout.viewport ?? {};
  const write = writer(options.outDir);
  const report: RenderReport = {
    pages: 0,
    files: 0,
    notFound: [],
    css: { before: 0, after: 0, cacheFiles: [] },
    references: {},
  };
  const pruner = options.cut && createCssPruner(options.cut.runtimeWords, options.cut);

  const writePage = async (segments: string[], body: ReactNode, metadata: Metadata, notFound = false) => {
    const tags = headTags(mergeMetadata(layout.metadata ?? {}, metadata), viewport, { notFound });
    const rendered = await html(<Layout>{body}</Layout>);
    let css = options.stylesheet;
    if (pruner) {
      // The page as it will be, but for its stylesheet's text, which refers to nothing the check reads.
      const { markup, references } = readMarkup(withHead(rendered, tags, ""));
      report.references[segments.join("/")] = references;
      css = await pruner.cut(css, markup);
      report.css.before += Buffer.byteLength(options.stylesheet);
      report.css.after += Buffer.byteLength(css);
    }
    write(segments, withHead(rendered, tags, css));
    report.pages++;
  };

  const routes = site.routes.filter(({ route }) => (options.part === "routes") === (route.kind === "route"));
  const claims = options.part === "routes" ? undefined : options.part.claims;
  let index = 0;
  let claimed = claims ? Atomics.add(claims, 0, 1) : 0;
  const mine = () => !claims || index++ === claimed;
  const next = () => {
    if (claims) claimed = Atomics.add(claims, 0, 1);
  };
  for (const { route, module } of routes) {
    for (const params of await paramsOf(route, module)) {
      if (!mine()) continue;
      const segments = fileSegments(route, params);
      const where = `/${segments.join("/")}`;
      // Percent-encoded, as Next hands a page its parameters (pages decode them: lib/static-params.ts).
      const encoded = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, encodeURIComponent(v)]));
      const props = { params: Promise.resolve(encoded) };
      if (route.kind === "route") {
        if (!module.GET) throw new Error(`app/${route.file}: a route handler the export can write needs GET`);
        const response = await module.GET(new Request(`http://export.invalid${where}`), props);
        if (response.status !== 200) throw new Error(`app/${route.file}: ${where} answered ${response.status}`);
        write(segments, new Uint8Array(await response.arrayBuffer()));
        report.files++;
        continue;
      }
      const Page = module.default;
      if (!Page) throw new Error(`app/${route.file}: a page needs a default export`);
      // The layout's viewport is every page's; a page's own would be left out without a word.
      if ("viewport" in module || "generateViewport" in module) {
        throw new Error(`app/${route.file}: the export takes the viewport from app/layout.tsx only`);
      }
      try {
        const metadata = module.metadata ?? (await module.generateMetadata?.(props)) ?? {};
        await writePage([...segments, "index.html"], <Page {...props} searchParams={Promise.resolve({})} />, metadata);
      } catch (error) {
        if (!(error instanceof NotFoundSignal)) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`app/${route.file} failed to render ${where}/: ${message}`.replace("//:", "/:"), {
            cause: error,
          });
        }
        report.notFound.push(`${where}/`.replace(/^\/\//, "/"));
      }
      next();
    }
  }
  if (claims && mine()) {
    const NotFound = site.notFound.default;
    await writePage(["404.html"], <NotFound />, {}, true);
  }
  if (pruner) report.css.cacheFiles = pruner.cacheFiles;
  return report;
}
