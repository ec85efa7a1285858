"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

declare global {
  interface Window {
    __liveTime?: () => void;
  }
}

/**
 * The inline script in the layout sets each page right at first paint; a page
 * reached by client-side navigation arrives as built, so set it right again.
 */
export function LiveTime() {
  const pathname = usePathname();
  useEffect(() => {
    window.__liveTime?.();
  }, [pathname]);
  return null;
}
