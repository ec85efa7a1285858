import type { ReactNode } from "react";
import { loadAfterFirstPaint } from "@/lib/browser/bundle";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";

/** What the live-time module sets right (lib/browser/live.ts): a page without any of them doesn't load it. */
const LIVE_PARTS = "[data-live],[data-home]";

/**
 * The document every page is in, the site's and the embeddable card's alike:
 * the interface's language and direction, and the live-time module with its words.
 */
export function PageDocument({
  head,
  bodyClassName,
  children,
}: {
  head?: ReactNode;
  bodyClassName?: string;
  children: ReactNode;
}) {
  return (
    <html lang={site.language} dir={t.dir} data-live-text={JSON.stringify({ locale: t.locale, dir: t.dir, ...t.live })}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a root layout's own <head>: next/head is the Pages Router's */}
      <head>
        {/* Live time (lib/browser/live.ts): a module file that the page is complete without. */}
        <script
          type="module"
          dangerouslySetInnerHTML={{ __html: loadAfterFirstPaint("live", { onlyWith: LIVE_PARTS }) }}
        />
        {head}
      </head>
      <body className={bodyClassName}>{children}</body>
    </html>
  );
}
