import type { ReactNode } from "react";
import { SiteDocument } from "@/components/SiteDocument";
import { rootMetadata, rootViewport } from "@/lib/site/metadata";
import "../globals.css";

// The site's pages; the embeddable card (app/(embed)/) has a root layout of its own.
export const metadata = rootMetadata;
export const viewport = rootViewport;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteDocument>{children}</SiteDocument>;
}
