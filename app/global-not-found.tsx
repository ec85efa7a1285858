import type { Metadata } from "next";
import { NotFound } from "@/components/NotFound";
import { SiteDocument } from "@/components/SiteDocument";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";
import { rootMetadata, rootViewport } from "@/lib/site/metadata";
import "./globals.css";

// The 404 page of an app with two root layouts: Next renders it without either, so it is the site's page in full.
// Its own title, as the home page's would tell a screen reader it is there.
export const metadata: Metadata = {
  ...rootMetadata,
  title: `${t.notFound.title} · ${site.name}`,
  robots: { index: false },
};
export const viewport = rootViewport;

export default function GlobalNotFound() {
  return (
    <SiteDocument>
      <NotFound />
    </SiteDocument>
  );
}
