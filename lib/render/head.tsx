import path from "node:path";
import type { Metadata, Viewport } from "next";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

// A page's <head> tags from its metadata, as Next writes them: the export
// renders the pages itself (lib/render/site.tsx), and the preview (next dev)
// reads the same metadata. Only the fields this site uses are written; a
// field it doesn't know stops the build rather than vanish from the pages.

const KNOWN: (keyof Metadata)[] = [
  "metadataBase",
  "title",
  "description",
  "alternates",
  "openGraph",
  "twitter",
  "icons",
  "robots",
];

// Within those, what is written; anything else is refused as well.
const KNOWN_WITHIN: Record<string, string[]> = {
  alternates: ["canonical", "types"],
  openGraph: ["title", "description", "url", "siteName", "locale", "images", "type"],
  twitter: ["card", "title", "description", "images"],
  icons: ["icon"],
};
const KNOWN_IMAGE = ["url", "type", "width", "height", "alt"];
const KNOWN_VIEWPORT = ["themeColor"];

/** The fields of the metadata and viewport the export would leave out, as `openGraph.publishedTime`. */
function unknownFields(metadata: Metadata, viewport: Viewport): string[] {
  const unknown = Object.keys(metadata).filter((key) => !KNOWN.includes(key as keyof Metadata));
  for (const [field, known] of Object.entries(KNOWN_WITHIN)) {
    const value = (metadata as Record<string, unknown>)[field];
    if (!value || typeof value !== "object" || value instanceof URL || Array.isArray(value)) continue;
    for (const [key, inner] of Object.entries(value)) {
      if (!known.includes(key)) unknown.push(`${field}.${key}`);
      if (key !== "images") continue;
      for (const image of asList(inner as unknown)) {
        if (image && typeof image === "object" && !(image instanceof URL)) {
          for (const k of Object.keys(image)) if (!KNOWN_IMAGE.includes(k)) unknown.push(`${field}.images.${k}`);
        }
      }
    }
  }
  unknown.push(
    ...Object.keys(viewport)
      .filter((key) => !KNOWN_VIEWPORT.includes(key))
      .map((key) => `viewport.${key}`),
  );
  return unknown;
}

type Image = { url: string | URL; type?: string; width?: number | string; height?: number | string; alt?: string };

function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The page's metadata over the layout's, as Next merges them: a page's field replaces the layout's whole. */
export function mergeMetadata(layout: Metadata, page: Metadata): Metadata {
  const template =
    typeof layout.title === "object" && layout.title && "template" in layout.title ? layout.title.template : null;
  const fallback =
    typeof layout.title === "object" && layout.title && "default" in layout.title ? layout.title.default : layout.title;
  const title =
    typeof page.title === "string" && template
      ? template.replace("%s", () => page.title as string)
      : (page.title ?? fallback);
  return { ...layout, ...page, title };
}

/** An address as a crawler needs it: relative ones resolved under metadataBase (its path kept, as Next keeps it). */
function absolute(url: string | URL, base: URL | undefined): string {
  const text = url.toString();
  if (/^[a-z][a-z\d+.-]*:/i.test(text) || !base) return text;
  const joined = path.posix.join(base.pathname, text);
  return new URL(text.endsWith("/") && !joined.endsWith("/") ? `${joined}/` : joined, base.origin).href;
}

function imageTags(prefix: "og:image" | "twitter:image", images: Image[], base: URL | undefined) {
  const attr = prefix === "og:image" ? "property" : "name";
  return images.flatMap((image, i) => {
    const tag = (suffix: string, content: string | number | undefined) =>
      content === undefined
        ? []
        : [<meta key={`${prefix}${suffix}${i}`} {...{ [attr]: `${prefix}${suffix}` }} content={String(content)} />];
    return [
      ...tag("", absolute(image.url, base)),
      ...(prefix === "og:image"
        ? [...tag(":type", image.type), ...tag(":width", image.width), ...tag(":height", image.height)]
        : []),
      ...tag(":alt", image.alt),
    ];
  });
}

/** The tags, in Next's order, for the page's metadata and the layout's viewport. */
export function headTags(metadata: Metadata, viewport: Viewport, options: { notFound?: boolean } = {}): string {
  const unknown = unknownFields(metadata, viewport);
  if (unknown.length > 0) {
    throw new Error(`the export doesn't write the metadata field(s) ${unknown.join(", ")} (lib/render/head.tsx)`);
  }
  const base = metadata.metadataBase ? new URL(metadata.metadataBase) : undefined;
  const tags: ReactElement[] = [];
  const meta = (key: string, attrs: Record<string, string>) => tags.push(<meta key={key} {...attrs} />);

  if (options.notFound) meta("robots", { name: "robots", content: "noindex" });
  else if (typeof metadata.robots === "string") meta("robots", { name: "robots", content: metadata.robots });
  else if (metadata.robots) throw new Error("the export writes robots metadata as a string only (lib/render/head.tsx)");
  for (const [i, color] of asList(viewport.themeColor ?? undefined).entries()) {
    const c = typeof color === "string" ? { color } : color;
    meta(`theme${i}`, { name: "theme-color", content: c.color, ...(c.media && { media: c.media }) });
  }
  const title =
    typeof metadata.title === "object" && metadata.title
      ? "absolute" in metadata.title
        ? metadata.title.absolute
        : metadata.title.default
      : metadata.title;
  if (title) tags.push(<title key="title">{title}</title>);
  if (metadata.description) meta("description", { name: "description", content: metadata.description });

  const alternates = metadata.alternates ?? {};
  if (alternates.canonical)
    tags.push(<link key="canonical" rel="canonical" href={absolute(alternates.canonical.toString(), base)} />);
  for (const [type, links] of Object.entries(alternates.types ?? {})) {
    type Link = string | URL | { url: string | URL; title?: string };
    const list = asList<Link>((links ?? undefined) as Link | Link[] | undefined);
    for (const [i, link] of list.entries()) {
      const { url, title } = typeof link === "string" || link instanceof URL ? { url: link, title: undefined } : link;
      tags.push(
        <link key={`${type}${i}`} rel="alternate" type={type} href={absolute(url, base)} {...(title && { title })} />,
      );
    }
  }

  const og = (metadata.openGraph ?? {}) as Record<string, unknown> & { images?: Image | Image[] };
  const ogText = (key: string, property: string) => {
    if (typeof og[key] === "string") meta(`og:${property}`, { property: `og:${property}`, content: og[key] });
  };
  ogText("title", "title");
  ogText("description", "description");
  if (og.url) meta("og:url", { property: "og:url", content: absolute(og.url as string, base) });
  ogText("siteName", "site_name");
  ogText("locale", "locale");
  tags.push(...imageTags("og:image", asList(og.images), base));
  ogText("type", "type");

  const twitter = (metadata.twitter ?? {}) as Record<string, unknown> & { images?: Image | Image[] };
  for (const key of ["card", "title", "description"]) {
    if (typeof twitter[key] === "string") meta(`twitter:${key}`, { name: `twitter:${key}`, content: twitter[key] });
  }
  tags.push(...imageTags("twitter:image", asList(twitter.images), base));

  const icons = metadata.icons;
  if (icons && typeof icons === "object" && !Array.isArray(icons) && !(icons instanceof URL) && "icon" in icons) {
    for (const [i, icon] of asList(icons.icon).entries()) {
      const { url, type } = typeof icon === "string" || icon instanceof URL ? { url: icon, type: undefined } : icon;
      tags.push(<link key={`icon${i}`} rel="icon" href={absolute(url, base)} {...(type && { type })} />);
    }
  }
  return renderToStaticMarkup(<>{tags}</>);
}
