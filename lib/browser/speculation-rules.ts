// The browser prerenders a page of this site while the pointer rests on a link to it, so pages without a client
// router still open at once. Data (<script type="speculationrules">), which browsers without support ignore.

/** A rule's condition, as https://wicg.github.io/nav-speculation/speculation-rules.html defines it. */
export type Condition =
  | { and: Condition[] }
  | { or: Condition[] }
  | { not: Condition }
  | { href_matches: string | string[] }
  | { selector_matches: string | string[] };

/**
 * Prerender on hover ("moderate") every same-site link to a page. Pages are
 * exactly the addresses ending in "/" (the export's trailingSlash folders), so
 * calendars, feeds, link-preview images, slides and other files never match;
 * a link marked as a download doesn't either.
 */
export function speculationRules(basePath: string) {
  const base = basePath.replace(/\/+$/, "");
  return {
    prerender: [
      {
        source: "document",
        where: {
          and: [{ href_matches: [`${base}/`, `${base}/*/`] }, { not: { selector_matches: "[download]" } }],
        } satisfies Condition,
        eagerness: "moderate",
      },
    ],
  };
}
