import type { Metadata } from "next";
import { EMBED_HEIGHT, EMBED_MAX_WIDTH, embedSnippet } from "@/lib/outputs/embed-snippet";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { site } from "@/lib/site/config";
import { absoluteUrl, assetPath, EMBED_NEXT_PATH, EMBED_PATH, OPEN_DATA } from "@/lib/site/urls";

export const metadata: Metadata = pageMetadata({
  title: t.embed.title,
  description: t.embed.description(site.name),
  path: EMBED_PATH,
});

const files = [
  { path: OPEN_DATA.meetups, label: t.embed.files.meetups },
  { path: OPEN_DATA.meetupsSchema, label: t.embed.files.meetupsSchema },
  { path: OPEN_DATA.speakers, label: t.embed.files.speakers },
  { path: OPEN_DATA.speakersSchema, label: t.embed.files.speakersSchema },
];

/** The snippet that puts the next meetup on another site, the card itself live, and the open data behind it. */
export default function EmbedPage() {
  return (
    <article className="max-w-prose">
      <h1 className="text-3xl font-bold tracking-tight">{t.embed.title}</h1>
      <p className="mt-3 text-lg text-muted">{t.embed.intro}</p>

      <section className="mt-8" aria-labelledby="code">
        <h2 id="code" className="text-xl font-bold">
          {t.embed.code}
        </h2>
        {/* Code reads left to right in any language; on a phone it scrolls sideways, as code blocks do, not wraps. */}
        <pre
          dir="ltr"
          tabIndex={0}
          className="mt-3 overflow-x-auto rounded-lg border border-line bg-surface p-4 font-mono text-sm"
        >
          <code>{embedSnippet()}</code>
        </pre>
      </section>

      <section className="mt-8" aria-labelledby="preview">
        <h2 id="preview" className="text-xl font-bold">
          {t.embed.preview}
        </h2>
        <iframe
          src={assetPath(EMBED_NEXT_PATH)}
          title={t.embed.frameTitle(site.name)}
          width="100%"
          height={EMBED_HEIGHT}
          style={{ border: 0, maxWidth: EMBED_MAX_WIDTH }}
          loading="lazy"
          className="mt-3 block"
        />
      </section>

      <section className="mt-8" aria-labelledby="data">
        <h2 id="data" className="text-xl font-bold">
          {t.embed.data}
        </h2>
        <p className="mt-3">{t.embed.dataText}</p>
        <ul className="mt-3 list-disc space-y-1 ps-5">
          {files.map(({ path, label }) => (
            <li key={path}>
              <a href={assetPath(path)} className="underline">
                {label}
              </a>
              : {/* An address has no spaces to break at: it breaks anywhere rather than overflow a phone. */}
              <code dir="ltr" className="wrap-anywhere">
                {absoluteUrl(path)}
              </code>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
