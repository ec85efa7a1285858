import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement as h, Suspense, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { verifyExport } from "@/lib/export/verify";
import { readAppTree, type AppRoute } from "@/lib/render/app-tree";
import { renderSite, type PageModule, type RenderOptions, type SiteModules } from "@/lib/render/site";
import { notFound } from "@/lib/render/shims/navigation";
import { pageParam } from "@/lib/static-params";

// The export's pages as React renders them from the App Router's files: a
// small made-up site, so that each rule shows on its own.

const layout: SiteModules["layout"] = {
  default: ({ children }: { children: ReactNode }) =>
    h(
      "html",
      { lang: "en" },
      h("head", null, h("script", { type: "speculationrules" }, "{}")),
      h("body", null, children),
    ),
  metadata: {
    metadataBase: new URL("https://meetup.example/"),
    title: { default: "Group · Tagline", template: "%s · Group" },
    description: "The group.",
  },
  viewport: { themeColor: [{ media: "(prefers-color-scheme: dark)", color: "#111418" }] },
};

const route = (file: string, module: PageModule): SiteModules["routes"][number] => {
  const segments = file.split("/").slice(0, -1);
  return { route: { kind: file.endsWith("route.ts") ? "route" : "page", file, segments } as AppRoute, module };
};

const talks = ["first", "_none"];
const site = (routes: SiteModules["routes"]): SiteModules => ({
  layout,
  notFound: { default: () => h("h1", null, "Not here") },
  routes,
});

const speakerPage = route("speakers/[slug]/page.tsx", {
  generateStaticParams: () => [...talks, "absent"].map((slug) => ({ slug })),
  generateMetadata: async ({ params }) => ({
    title: `Speaker ${(await params).slug}`,
    alternates: { canonical: `/speakers/${(await params).slug}/` },
    openGraph: { title: "OG", images: [{ url: "/preview.png", width: 1200, height: 630, alt: "A card" }] },
  }),
  default: async ({ params }) => {
    const { slug } = await params;
    if (slug === "absent") notFound();
    return h("h1", null, `Speaker ${slug} & co`);
  },
});

const claims = () => new Int32Array(new SharedArrayBuffer(4));

async function render(routes: SiteModules["routes"], cut?: RenderOptions["cut"]) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-render-"));
  const options = { outDir: out, stylesheet: "body{color:red}.unused{color:blue}", cut };
  await renderSite(site(routes), { ...options, part: "routes" });
  const report = await renderSite(site(routes), { ...options, part: { claims: claims() } });
  const read = (rel: string) => fs.readFileSync(path.join(out, rel), "utf8");
  return { out, report, read, exists: (rel: string) => fs.existsSync(path.join(out, rel)) };
}

describe("the export's pages", () => {
  it("writes each page in its folder, inside the layout, with its metadata in the head", async () => {
    const { read } = await render([speakerPage, route("page.tsx", { default: () => h("p", null, "Home") })]);
    const page = read("speakers/first/index.html");
    expect(page.startsWith('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>')).toBe(true);
    expect(page).toContain("<h1>Speaker first &amp; co</h1>");
    expect(page).toContain("<title>Speaker first · Group</title>");
    expect(page).toContain('<link rel="canonical" href="https://meetup.example/speakers/first/"/>');
    expect(page).toContain('<meta property="og:image" content="https://meetup.example/preview.png"/>');
    expect(page).toContain('<meta property="og:image:alt" content="A card"/>');
    expect(page).toContain('<meta name="theme-color" content="#111418" media="(prefers-color-scheme: dark)"/>');
    // The stylesheet inline, before the metadata; the layout's own head after it.
    expect(page.indexOf("<style>body{color:red}.unused{color:blue}</style>")).toBeLessThan(page.indexOf("<title>"));
    expect(page.indexOf("<title>")).toBeLessThan(page.indexOf('type="speculationrules"'));
    const dollars = await render([
      route("page.tsx", { metadata: { title: "Saving $$ on $& cloud" }, default: () => h("p", null, "$") }),
    ]);
    expect(dollars.read("index.html")).toContain("<title>Saving $$ on $&amp; cloud · Group</title>");
    const home = read("index.html");
    expect(home).toContain("<title>Group · Tagline</title>");
    expect(home).toContain('<meta name="description" content="The group."/>');
    expect(home).not.toContain('rel="canonical"');
  });

  it("cuts each page's stylesheet to the rules that can match it, when asked", async () => {
    const { read } = await render([speakerPage], { runtimeWords: [] });
    expect(read("speakers/first/index.html")).toContain("<style>body{color:red}</style>");
  });

  it("reads the addresses each page gives as it writes it, and the export's check finds the same in them", async () => {
    const linking = route("talks/[slug]/page.tsx", {
      generateStaticParams: () => ["ebpf", "ערב"].map((slug) => ({ slug })),
      default: async ({ params }) =>
        h(
          "p",
          null,
          h("a", { href: "/speakers/first/" }, "the speaker"),
          h("a", { href: "/missing/" }, "gone"),
          h("img", { src: `/talks/${(await params).slug}.png`, alt: "" }),
        ),
    });
    const { out, report } = await render([speakerPage, linking], { runtimeWords: [] });
    expect(Object.keys(report.references).sort()).toEqual([
      "404.html",
      "speakers/_none/index.html",
      "speakers/first/index.html",
      "talks/ebpf/index.html",
      "talks/ערב/index.html",
    ]);
    expect(report.references["talks/ebpf/index.html"]).toContainEqual({
      tag: "a",
      attribute: "href",
      url: "/missing/",
    });
    const options = { basePath: "", siteUrl: "https://meetup.example" };
    const fromTheRender = verifyExport(out, options, report.references);
    // The pages' og:image (/preview.png), two missing links and two missing images.
    expect(fromTheRender).toHaveLength(2 + 2 * 3);
    expect(fromTheRender).toEqual(verifyExport(out, options));
  });

  it("shares the pages out between renderers, each page written once", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-render-"));
    const shared = { outDir: out, stylesheet: "", part: { claims: claims() } };
    const speakers = route("speakers/[slug]/page.tsx", {
      generateStaticParams: () => Array.from({ length: 20 }, (_, i) => ({ slug: `s${i}` })),
      default: async ({ params }) => h("h1", null, (await params).slug),
    });
    const reports = await Promise.all([renderSite(site([speakers]), shared), renderSite(site([speakers]), shared)]);
    expect(reports.map((r) => r.pages).reduce((a, b) => a + b)).toBe(21);
    expect(reports.every((r) => r.pages > 0)).toBe(true);
    for (let i = 0; i < 20; i++)
      expect(fs.readFileSync(path.join(out, `speakers/s${i}/index.html`), "utf8")).toContain(`<h1>s${i}</h1>`);
    expect(fs.existsSync(path.join(out, "404.html"))).toBe(true);
  });

  it("hands a page its parameters percent-encoded, as Next does, whatever letters a slug has", async () => {
    const slugs = ["ערב-ebpf", "100%-kernel", "a%41b"];
    const page = route("meetups/[slug]/page.tsx", {
      generateStaticParams: () => slugs.map((slug) => ({ slug })),
      default: async ({ params }) => h("h1", null, await pageParam(params as Promise<{ slug: string }>, "slug")),
    });
    const { read } = await render([page]);
    for (const slug of slugs) expect(read(`meetups/${slug}/index.html`)).toContain(`<h1>${slug}</h1>`);
  });

  it("writes no page where the page answers notFound(), and says which", async () => {
    const { report, exists } = await render([speakerPage]);
    expect(exists("speakers/absent")).toBe(false);
    expect(report.notFound).toEqual(["/speakers/absent/"]);
    // A parameter is only a name: a speaker whose file is _none.md has a page.
    expect(exists("speakers/_none/index.html")).toBe(true);
  });

  it("writes a not-found page that search engines leave out", async () => {
    const { read } = await render([]);
    expect(read("404.html")).toContain("<h1>Not here</h1>");
    expect(read("404.html")).toContain('<meta name="robots" content="noindex"/>');
  });

  it("writes what each route handler answers at its address", async () => {
    const { read } = await render([
      route("feed.xml/route.ts", { GET: () => new Response("<rss/>") }),
      route("assets/[file]/route.ts", {
        generateStaticParams: () => [{ file: "a.js" }],
        GET: async (_request, { params }) => new Response(`// ${(await params).file}`),
      }),
    ]);
    expect(read("feed.xml")).toBe("<rss/>");
    expect(read("assets/a.js")).toBe("// a.js");
  });

  it("stops at a route that fails, a parameter that would leave its folder, or metadata it can't write", async () => {
    await expect(
      render([route("gone.xml/route.ts", { GET: () => new Response("", { status: 404 }) })]),
    ).rejects.toThrow("app/gone.xml/route.ts: /gone.xml answered 404");
    const escape = route("x/[slug]/page.tsx", { generateStaticParams: () => [{ slug: "../up" }], default: () => null });
    await expect(render([escape])).rejects.toThrow(/app\/x\/\[slug\]\/page\.tsx: generateStaticParams gave .*"slug"/);
    const robots = route("page.tsx", { metadata: { keywords: ["x"] }, default: () => null });
    await expect(render([robots])).rejects.toThrow("the export doesn't write the metadata field(s) keywords");
    const article = route("page.tsx", {
      metadata: { openGraph: { type: "article", publishedTime: "2099-03-10" }, twitter: { site: "@group" } },
      default: () => null,
    });
    await expect(render([article])).rejects.toThrow("metadata field(s) openGraph.publishedTime, twitter.site");
    const broken = route("page.tsx", {
      default: () => {
        throw new Error("the component broke");
      },
    });
    await expect(render([broken])).rejects.toThrow("app/page.tsx failed to render /: the component broke");
    // Inside a <Suspense>, React would write the fallback instead, which no client runtime ever replaces.
    const Broken = () => {
      throw new Error("broke in suspense");
    };
    const suspended = route("page.tsx", {
      default: () => h(Suspense, { fallback: h("p", null, "loading") }, h(Broken)),
    });
    await expect(render([suspended])).rejects.toThrow("app/page.tsx failed to render /: broke in suspense");
  });
});

describe("the app folder the export reads", () => {
  const app = (files: string[]) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kerneltlv-app-"));
    for (const file of ["layout.tsx", "not-found.tsx", ...files]) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), "");
    }
    return dir;
  };

  it("finds pages and routes, and passes over the components beside them", () => {
    const tree = readAppTree(
      app(["page.tsx", "meetups/[slug]/page.tsx", "meetups/[slug]/meetup.tsx", "feed.xml/route.ts"]),
    );
    expect(tree.routes.map((r) => [r.kind, r.file])).toEqual([
      ["route", "feed.xml/route.ts"],
      ["page", "meetups/[slug]/page.tsx"],
      ["page", "page.tsx"],
    ]);
  });

  it("refuses what the export would otherwise leave out without a word", () => {
    expect(() => readAppTree(app(["meetups/loading.tsx"]))).toThrow(
      'app/meetups/loading.tsx: the static export does not render "loading" files',
    );
    expect(() => readAppTree(app(["meetups/layout.tsx"]))).toThrow(
      "app/meetups/layout.tsx: the static export has one layout, in app/ itself",
    );
    expect(() => readAppTree(app(["(group)/page.tsx"]))).toThrow(
      "app/(group)/page.tsx: the static export renders plain folders and [parameter] folders only",
    );
    expect(() => readAppTree(app(["docs/[...all]/page.tsx"]))).toThrow(/plain folders and \[parameter\] folders only/);
    expect(() => readAppTree(app(["_drafts/page.tsx"]))).toThrow(/plain folders and \[parameter\] folders only/);
    expect(() => readAppTree(app(["favicon.ico"]))).toThrow(
      'app/favicon.ico: the static export does not render "favicon" files',
    );
    expect(() => readAppTree(app(["icon.png"]))).toThrow(
      'app/icon.png: the static export does not render "icon" files',
    );
  });
});
