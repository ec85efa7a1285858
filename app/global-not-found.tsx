import type { Metadata } from "next";
import { NotFound } from "@/components/NotFound";
import { SiteDocument } from "@/components/SiteDocument";
import { rootMetadata, rootViewport } from "@/lib/site/metadata";
import "./globals.css";

// The 404 page (out/404.html) of an app with two root layouts, the site's and the
// embed's: Next renders it without either, so it is the site's page in full.
export const metadata: Metadata = { ...rootMetadata, robots: { index: false } };
export const viewport = rootViewport;

export default function GlobalNotFound() {
  return (
    <SiteDocument>
      <NotFound />
    </SiteDocument>
  );
}
