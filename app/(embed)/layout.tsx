import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageDocument } from "@/components/PageDocument";
import "../globals.css";

// The card other sites frame (/embed/next/): the site's document without its
// header and footer, on a transparent page so that only the card shows.
export const metadata: Metadata = { robots: { index: false } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <PageDocument bodyClassName="bg-transparent">{children}</PageDocument>;
}
