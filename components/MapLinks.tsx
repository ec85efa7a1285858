import { Fragment } from "react";
import type { Geo } from "@/lib/content/schema";
import { t } from "@/lib/i18n";
import { mapLinks } from "@/lib/maps";

/** The venue on OpenStreetMap, Google Maps and Apple Maps: plain links, nothing loaded on this page. */
export function MapLinks({ name, geo }: { name: string; geo: Geo }) {
  return (
    <span className="block text-sm">
      <span className="text-muted">{t.meetup.mapsLabel}</span>{" "}
      {mapLinks(geo, name).map((link, i) => (
        <Fragment key={link.provider}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <a href={link.url} aria-label={t.meetup.mapOn(name, link.name)} dir="ltr" className="whitespace-nowrap">
            {link.name}
          </a>
        </Fragment>
      ))}
    </span>
  );
}
