import type { Geo } from "@/lib/content/schema";
import { t } from "@/lib/i18n";
import { mapLinks } from "@/lib/site/maps";

/**
 * The venue on OpenStreetMap, Google Maps and Apple Maps: plain links, nothing loaded on this page. Out of the search
 * index, as the interface's words: they would open many a result's excerpt.
 */
export function MapLinks({ name, geo }: { name: string; geo: Geo }) {
  return (
    <div className="flex flex-wrap gap-x-3 text-sm" data-pagefind-ignore>
      <span className="text-muted">{t.meetup.mapsLabel}</span>
      {/* A list that wraps between whole links, with no separator left dangling at a line's start. */}
      <ul className="flex flex-wrap gap-x-3">
        {mapLinks(geo, name).map((link) => (
          <li key={link.provider}>
            <a href={link.url} aria-label={t.meetup.mapOn(name, link.name)} dir="ltr" className="whitespace-nowrap">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
