import Link from "next/link";
import { t } from "@/lib/i18n";
import { site } from "@/lib/site/config";
import { zoneLabel } from "@/lib/site/time";
import { codeOfConduct } from "@/lib/site/code-of-conduct";
import { CODE_OF_CONDUCT_PATH, EMBED_PATH, PROPOSE_PATH } from "@/lib/site/urls";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 text-sm text-muted sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-semibold text-ink">
            <span dir="auto">{site.name}</span> · <span dir="auto">{site.tagline}</span>
          </p>
          <p className="mt-1">{t.footer.times(zoneLabel(site.timeZone))}</p>
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 sm:justify-end">
          {site.social.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="me noopener" dir="auto">
                {s.label}
              </a>
            </li>
          ))}
          <li>
            <Link href={PROPOSE_PATH}>{t.footer.propose}</Link>
          </li>
          {codeOfConduct() && (
            <li>
              <Link href={CODE_OF_CONDUCT_PATH}>{t.footer.codeOfConduct}</Link>
            </li>
          )}
          <li>
            <Link href={EMBED_PATH}>{t.footer.embed}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
