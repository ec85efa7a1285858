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
 * Prerender on hover every same-site link to a page: pages are exactly the addresses ending in "/" (trailingSlash),
 * so calendars, feeds and other files never match.
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
