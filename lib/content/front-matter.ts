import YAML from "yaml";

/**
 * A Markdown file from front matter and a body, as an organizer would write it:
 * clock times quoted ("19:00" unquoted is a number to YAML 1.1 readers), no folding.
 */
export function toMarkdownFile(front: Record<string, unknown>, body: string): string {
  const doc = new YAML.Document(front);
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body ? `${body}\n` : ""}`;
}
