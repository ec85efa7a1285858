import { meetupLanguage, t } from "@/lib/i18n";
import type { Meetup } from "@/lib/site/meetups";
import { PHOTO_FORMAT, photoFiles, srcset } from "@/lib/site/gallery";
import { assetPath } from "@/lib/site/urls";

// Only the build makes the resized files (lib/outputs/photos.ts); the preview
// (next dev) shows the organizer's files as they are.
const resized = process.env.NODE_ENV === "production";

/** The height a row starts from before it grows to fill the width: on a phone, two landscape photos side by side. */
const ROW = { rem: 11, vw: 26 };
const row = `min(${ROW.rem}rem, ${ROW.vw}vw)`;

/**
 * A photo's share of its row, so every photo in a row ends up as high as the others, whole; capped at twice the
 * row's height so a short last row isn't blown up. Inline, since each photo's differ.
 */
function rowItem(ratio: number) {
  const r = ratio.toFixed(4);
  return { flexGrow: r, flexBasis: `calc(${r} * ${row})`, maxWidth: `calc(2 * ${r} * ${row})` };
}

/** About how wide a photo is drawn, for the browser to pick from the srcset before the layout is known. */
function sizes(ratio: number): string {
  const grown = ratio * 1.5;
  // Where 11rem is less than 26vw: 11 * 16 / 0.26 = 677px, 42.3rem.
  const wide = Math.min(976, Math.round(grown * ROW.rem * 16));
  return `(min-width: 42.3rem) ${wide}px, ${Math.min(100, Math.round(grown * ROW.vw))}vw`;
}

/** The meetup's photos, in rows that crop none; each links to the organizer's file at full size. */
export function PhotoGallery({ meetup }: { meetup: Meetup }) {
  const photos = meetup.photos ?? [];
  if (photos.length === 0) return null;
  return (
    <section className="mt-10 scroll-mt-4" id="photos" aria-labelledby="photos-title">
      <h2 id="photos-title" className="mb-4 text-xl font-bold" data-pagefind-ignore>
        {t.meetup.photos}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {photos.map((photo, index) => {
          const ratio = photo.width / photo.height;
          return (
            <li key={photo.src} style={rowItem(ratio)}>
              <a href={assetPath(photo.src)} className="block rounded-lg">
                <picture>
                  {resized && (
                    <source
                      type={PHOTO_FORMAT.type}
                      srcSet={srcset(photoFiles(meetup.slug, index, photo), assetPath)}
                      sizes={sizes(ratio)}
                    />
                  )}
                  <img
                    src={assetPath(photo.src)}
                    width={photo.width}
                    height={photo.height}
                    alt={photo.alt}
                    lang={meetupLanguage(meetup)}
                    loading="lazy"
                    decoding="async"
                    className="w-full rounded-lg bg-break"
                  />
                </picture>
                <span className="sr-only" data-pagefind-ignore>
                  {" "}
                  {t.meetup.fullSize}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
