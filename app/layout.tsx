import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LiveTime } from "@/components/LiveTime";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";
import { basePath, siteUrl } from "@/lib/urls";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(`${siteUrl}${basePath}/`),
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
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-surface px-4 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 sm:px-6 sm:pt-12">
          {children}
        </main>
        <SiteFooter />
        <LiveTime />
      </body>
    </html>
  );
}
