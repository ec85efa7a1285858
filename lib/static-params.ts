/**
 * Next's static export refuses a dynamic route that generates no page, which a
 * new group with no speakers or topics yet would hit. Such a route gets one
 * placeholder path, which the page answers with its 404.
 */
export const PLACEHOLDER = "_none";

export function staticParams<K extends string>(key: K, values: string[]): Record<K, string>[] {
  return (values.length > 0 ? values : [PLACEHOLDER]).map((v) => ({ [key]: v }) as Record<K, string>);
}
