import { allPages } from "contentlayer/generated";
import type { Page } from "../content/schema";

// A page of the content folder's own (PAGE_FILES) is on the site only when its file is, and so are links to it.

/** The code of conduct (content/code-of-conduct.md), or undefined when the group has none. */
export const codeOfConduct = (): Page | undefined => allPages.find((p) => p.slug === "code-of-conduct");
