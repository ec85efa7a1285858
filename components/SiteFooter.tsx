import Link from "next/link";
import { site } from "@/lib/site";
import { PROPOSE_PATH } from "@/lib/urls";
import { zoneLabel } from "@/lib/time";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 text-sm text-muted sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-semibold text-ink">
            {site.name} · {site.tagline}
          </p>
          <p className="mt-1">Times on this site are {zoneLabel(site.timeZone)} unless a meetup says otherwise.</p>
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 sm:justify-end">
          {site.social.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="me noopener">
                {s.label}
              </a>
            </li>
          ))}
          <li>
            <Link href={PROPOSE_PATH}>Propose a talk</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
