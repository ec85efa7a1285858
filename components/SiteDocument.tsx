import type { ReactNode } from "react";
import { speculationRules } from "@/lib/browser/speculation-rules";
import { t } from "@/lib/i18n";
import { jsonLdText } from "@/lib/outputs/structured-data";
import { basePath } from "@/lib/site/urls";
import { PageDocument } from "./PageDocument";
import { PreviewProblems } from "./PreviewProblems";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/** A page of the site: the skip link, header, main content and footer (the site's layout and its 404 page). */
export function SiteDocument({ children }: { children: ReactNode }) {
  return (
    <PageDocument
      bodyClassName="flex min-h-screen flex-col"
      head={
        // Data, not code: the browser prerenders a page while the pointer rests on a link to it.
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: jsonLdText(speculationRules(basePath)) }} />
      }
    >
      <PreviewProblems />
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
    </PageDocument>
  );
}
