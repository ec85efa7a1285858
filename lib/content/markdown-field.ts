import { readMarkdown } from "./markdown";
import { textProblem, type FieldReader } from "./problems";

/** Markdown of one field, checked and rendered once; its problems are the field's. */
export function markdownField(
  r: FieldReader,
  field: string,
  text: string,
  html: boolean,
  firstLine?: number,
): { html: string; summary?: string } {
  const control = textProblem(text, { multiline: true, what: "Markdown text" });
  if (control) r.fail(field, control);
  const result = readMarkdown(text, { html, firstLine });
  for (const message of result.problems) r.fail(field, message);
  return result;
}
