import fs from "node:fs";
import path from "node:path";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { browserModule, loadAfterFirstPaint } from "@/lib/browser/bundle";
import { speculationRules } from "@/lib/browser/speculation-rules";
import { pageMetadata } from "@/lib/metadata";
import { publicDir } from "@/lib/content/paths";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site";
import { jsonLdText } from "@/lib/structured-data";
import { basePath, siteUrl } from "@/lib/urls";
import "./globals.css";

// The icon is in the page itself: one request fewer before the first paint.
const iconFile = [publicDir(), "public"]
  .map((dir) => path.join(process.cwd(), dir, "icon.svg"))
  .find((f) => fs.existsSync(f));
const icon = `data:image/svg+xml,${encodeURIComponent(fs.readFileSync(iconFile ?? "public/icon.svg", "utf8"))}`;

export const metadata: Metadata = {
  metadataBase: new URL(`${siteUrl}${basePath}/`),
  icons: { icon: [{ url: icon, type: "image/svg+xml" }] },
  ...pageMetadata({}),
  title: { default: `${site.name} · ${site.tagline}`, template: `%s · ${site.name}` },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#111418" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language} dir={t.dir} data-live-text={JSON.stringify({ locale: t.locale, dir: t.dir, ...t.live })}>
      <head>
        {/* The page's only script: live time (lib/browser/live.ts), a module file that the page is complete without. */}
        <script
          type="module"
          dangerouslySetInnerHTML={{
            __html: loadAfterFirstPaint(`${basePath}/assets/${browserModule("live").fileName}`),
          }}
        />
        {/* Data, not code: the browser prerenders a page while the pointer rests on a link to it. */}
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: jsonLdText(speculationRules(basePath)) }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-surface px-4 py-2 focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10"
        >
          {t.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 sm:px-6 sm:pt-12">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
