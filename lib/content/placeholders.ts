import type { RawDocument } from "./meetup";
import type { Problem } from "./problems";

/** What npm run new (scaffold.ts) writes for the organizer to replace: a meetup's body, a speaker's bio. */
export const PLACEHOLDERS = {
  body: "What the evening is about, in a paragraph or two.",
  bio: "A short bio: what they work on, and where.",
} as const;

const EXPECTED = {
  body: "what the evening is about, or draft: true until then",
  bio: "a few words about them, or no bio at all",
};

/** The scaffolder's placeholder, refused in a file about to be published; a draft and the preview may keep it. */
export function placeholderProblems(doc: RawDocument, field: keyof typeof PLACEHOLDERS): Problem[] {
  if (doc.body.trim() !== PLACEHOLDERS[field]) return [];
  const message = `still the text npm run new wrote, "${PLACEHOLDERS[field]}": expected ${EXPECTED[field]}`;
  return [{ file: doc.sourcePath, field, message }];
}
