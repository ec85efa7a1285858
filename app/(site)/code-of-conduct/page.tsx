import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditLink } from "@/components/EditLink";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { codeOfConduct } from "@/lib/site/code-of-conduct";
import { site } from "@/lib/site/config";
import { CODE_OF_CONDUCT_PATH } from "@/lib/site/urls";

export function generateMetadata(): Metadata {
  const page = codeOfConduct();
  if (!page) return {};
  return pageMetadata({ title: page.title, description: t.conduct.description(site.name), path: CODE_OF_CONDUCT_PATH });
}

export default function CodeOfConductPage() {
  const page = codeOfConduct();
  // A group without content/code-of-conduct.md has no such page (stripRuntime leaves no file for it).
  if (!page) notFound();
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold tracking-tight">
        <bdi>{page.title}</bdi>
      </h1>
      <div className="prose-site mt-6" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
      <EditLink sourcePath={page.sourcePath} />
    </article>
  );
}
