import { meetupLanguage, t } from "@/lib/i18n";
import type { Meetup } from "@/lib/meetups";
import { PHOTO_FORMAT, photoFiles, srcset } from "@/lib/photos";
import { assetPath } from "@/lib/urls";

// Only the build makes the resized files (lib/build/photos.ts); the preview
// (next dev) shows the organizer's files as they are.
const resized = process.env.NODE_ENV === "production";

/** The target height of a row of photos, in rem: rows grow from it to fill the width. */
const ROW = 11;

/**
 * What share of the viewport a photo of this shape is drawn at, for the browser
 * to pick a width from the srcset before the layout is known. Rows are filled
 * to the width by growing each photo in proportion to its shape, so a wider
 * photo takes more of the row.
 */
function sizes(ratio: number): string {
  const desktop = Math.min(976, Math.round(ratio * ROW * 16 * 1.6));
  return `(min-width: 64rem) ${desktop}px, (min-width: 40rem) ${ratio >= 1 ? 60 : 40}vw, 100vw`;
}

/**
 * The meetup's photos, in rows that keep every photo whole (landscape and
 * portrait mixed, nothing cropped). Each links to the organizer's file at full
 * size, which works without JavaScript and from the keyboard. The images load
 * only as they come near the screen.
 */
export function PhotoGallery({ meetup }: { meetup: Meetup }) {
  const photos = meetup.photos ?? [];
  if (photos.length === 0) return null;
  return (
    <section className="mt-10 scroll-mt-4" id="photos" aria-labelledby="photos-title">
      <h2 id="photos-title" className="mb-4 text-xl font-bold">
        {t.meetup.photos}
      </h2>
      {/* The last row keeps its photos' height instead of stretching them across: the empty item soaks up the space. */}
      <ul className="flex flex-wrap gap-2 after:grow-[2] after:content-['']">
        {photos.map((photo, index) => {
          const ratio = photo.width / photo.height;
          return (
            <li key={photo.src} style={{ flexGrow: ratio, flexBasis: `${(ratio * ROW).toFixed(3)}rem` }}>
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
                    className="h-auto w-full rounded-lg bg-break"
                  />
                </picture>
                <span className="sr-only"> {t.meetup.fullSize}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
