// The interface's words that carry values are templates ("{day} at {time}"): the pages hand them to the
// browser modules as they are, and both fill them the same way.

/** `template` with each {name} replaced by its value; a name without one is left as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
