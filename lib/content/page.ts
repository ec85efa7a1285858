import { checkDrawable } from "./drawable";
import { PAGE_FIELDS } from "./schema";
import { markdownField, type FieldLink } from "./markdown-field";
import type { NormaliseOptions, RawDocument } from "./meetup";
import { FieldReader, type Problem } from "./problems";
import type { Page } from "./schema";

/** A page of the content folder (the code of conduct): a title and its Markdown text. */
export function normalisePage(
  doc: RawDocument,
  { html = true }: NormaliseOptions = {},
): { page?: Page; problems: Problem[]; links: FieldLink[] } {
  const r = new FieldReader(doc.sourcePath, doc.data);
  r.known(PAGE_FIELDS);
  const title = r.string("title", { required: true, what: "the page's title" });
  checkDrawable(r, "title", title, 700);
  const body = markdownField(r, "body", doc.body, html, doc.bodyLine);
  // An empty page would be a link to nothing in the footer.
  if (doc.body.trim() === "")
    r.fail("body", "required: expected the page's text in Markdown after the front matter, got nothing");
  if (!title || r.problems.length > 0) return { problems: r.problems, links: body.links };
  return {
    problems: [],
    links: body.links,
    page: { slug: doc.slug, sourcePath: doc.sourcePath, title, bodyHtml: body.html },
  };
}
