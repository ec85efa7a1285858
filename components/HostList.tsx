import type { Host } from "@/lib/content/types";
import { cn } from "@/lib/cn";
import { t } from "@/lib/i18n";
import { assetPath } from "@/lib/urls";

/**
 * "Hosted by" and who: each host's logo and name, linked to its site when it
 * has one. The logo carries the name for screen readers (its alt); the name
 * beside it is for the eyes only, so it isn't read twice.
 */
export function HostList({ hosts, className }: { hosts: Host[]; className?: string }) {
  if (hosts.length === 0) return null;
  return (
    <div className={cn("flex flex-wrap items-center gap-x-5 gap-y-3 text-sm", className)}>
      <p className="text-muted">{t.meetup.hostedBy}</p>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-3">
        {hosts.map((host) => {
          const content = (
            <>
              {host.logo && (
                // A logo is drawn for a light background: it keeps one in the dark theme too.
                <img
                  src={assetPath(host.logo.src)}
                  width={host.logo.width}
                  height={host.logo.height}
                  alt={host.name}
                  decoding="async"
                  className="h-8 w-auto max-w-40 rounded-sm bg-white object-contain p-0.5"
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
                <a href={host.url} className="inline-flex items-center gap-2 text-ink hover:text-accent">
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
