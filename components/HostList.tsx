import type { Host } from "@/lib/content/schema";
import { cn } from "@/lib/site/cn";
import { t } from "@/lib/i18n";
import { assetPath } from "@/lib/site/urls";

/** A logo is shown this high, and at most this wide (in CSS pixels). */
const LOGO = { height: 32, maxWidth: 160 };

/** The size to draw a logo at, fitted into LOGO: as width and height, it both reserves its space and sizes it. */
function logoSize({ width, height }: { width: number; height: number }) {
  const scale = Math.min(LOGO.height / height, LOGO.maxWidth / width);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

// A logo is drawn for a light background: it keeps one in the dark theme too.
// Inline, so that only the pages with hosts pay for it, not the site's one stylesheet.
const chip = { backgroundColor: "#fff", padding: 2 };

/** The hosts' logos and names. The logo's alt carries the name, so the name beside it is hidden from screen readers. */
export function HostList({ hosts, className }: { hosts: Host[]; className?: string }) {
  if (hosts.length === 0) return null;
  return (
    <div className={cn("flex flex-wrap items-center gap-x-5 gap-y-3 text-sm", className)}>
      <p className="text-muted" data-pagefind-ignore>
        {t.meetup.hostedBy}
      </p>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-3">
        {hosts.map((host) => {
          const content = (
            <>
              {host.logo && (
                <img
                  src={assetPath(host.logo.src)}
                  {...logoSize(host.logo)}
                  alt={host.name}
                  decoding="async"
                  className="rounded"
                  style={chip}
                />
              )}
              <bdi aria-hidden={host.logo ? true : undefined} className="font-medium">
                {host.name}
              </bdi>
            </>
          );
          return (
            <li key={host.name}>
              {host.url ? (
                <a href={host.url} className="inline-flex items-center gap-2 hover:underline">
                  {content}
                </a>
              ) : (
                <span className="inline-flex items-center gap-2">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
