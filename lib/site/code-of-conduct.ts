import { allPages } from "contentlayer/generated";
import type { Page } from "../content/schema";

// The pages of their own that the content folder may hold beside meetups and
// speakers (lib/content/paths.ts PAGE_FILES): each is on the site only when its
// file is, and so are the links to it.

/** The code of conduct (content/code-of-conduct.md), or undefined when the group has none. */
export const codeOfConduct = (): Page | undefined => allPages.find((p) => p.slug === "code-of-conduct");
