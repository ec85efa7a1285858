import { readMarkdown } from "./markdown";
import { markdownShapeProblem, noMarkdownYet, type MarkdownCounts } from "./limits";
import { textProblem, type FieldReader } from "./problems";

/** A link of a Markdown field to a path on this site: the gate checks, across files, that the site has it. */
export interface FieldLink {
  field: string;
  url: string;
  /** "line 12" of the file, or "line 3 of the text" when the field's own line isn't known. */
  where?: string;
}

// A file's texts share the counted limits (500 abstracts each just under them would add up to seconds): by the
// file's list of problems, which the readers of its fields share.
const used = new WeakMap<object, MarkdownCounts>();

/** Markdown of one field, checked and rendered once; its problems are the field's. */
export function markdownField(
  r: FieldReader,
  field: string,
  text: string,
  html: boolean,
  firstLine?: number,
): { html: string; summary?: string; links: FieldLink[] } {
  const fileLine = (line: number) =>
    firstLine === undefined ? `line ${line} of the text` : `line ${firstLine + line - 1}`;
  const control = textProblem(text, { multiline: true, what: "Markdown text" });
  if (control) r.fail(field, control);
  // Before rendering: a text shaped to take minutes is refused in a moment.
  const counts = used.get(r.problems) ?? noMarkdownYet();
  used.set(r.problems, counts);
  const shape = markdownShapeProblem(text, counts);
  if (shape) {
    r.fail(field, `${fileLine(shape.line)}: ${shape.message}`);
    return { html: "", links: [] };
  }
  const result = readMarkdown(text, { html, firstLine });
  for (const message of result.problems) r.fail(field, message);
  const links = result.links.map(({ url, line }) => ({
    field: r.path(field),
    url,
    ...(line !== undefined && { where: fileLine(line) }),
  }));
  return { html: result.html, ...(result.summary !== undefined && { summary: result.summary }), links };
}

/** A Markdown field that may be left out, rendered; its links are added to `links`. */
export function optionalMarkdown(
  r: FieldReader,
  field: string,
  html: boolean,
  links: FieldLink[] = [],
): string | undefined {
  const text = r.paragraph(field, { what: "Markdown text" });
  if (text === undefined) return undefined;
  const rendered = markdownField(r, field, text, html);
  links.push(...rendered.links);
  return rendered.html;
}
