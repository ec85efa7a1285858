import type { AnchorHTMLAttributes } from "react";
import { basePath } from "../../urls";

// next/link in the export: a plain anchor, its address under the base path as
// Next's Link writes it. What Next's Link adds, navigation by its client
// runtime, is what the export leaves out (lib/render/site.tsx).

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; prefetch?: boolean | null };

export default function Link({ href, prefetch, ...anchor }: Props) {
  void prefetch;
  if (typeof href !== "string") throw new Error("the export's Link takes an address as a string");
  return <a {...anchor} href={href.startsWith("/") ? `${basePath}${href}` : href} />;
}
