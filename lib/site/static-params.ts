/**
 * Next's static export refuses a dynamic route that generates no page, as a new group's speakers or topics would.
 * Such a route gets this placeholder, answered with notFound() and taken out by lib/outputs/static-export.ts.
 */
export const PLACEHOLDER = "_none";

export function staticParams<K extends string>(key: K, values: string[]): Record<K, string>[] {
  return (values.length > 0 ? values : [PLACEHOLDER]).map((v) => ({ [key]: v }) as Record<K, string>);
}

/**
 * A page's own parameter, as the slug it was made from: Next hands a page the
 * parameter percent-encoded when it has letters outside ASCII (a Hebrew slug).
 */
export async function pageParam<K extends string>(params: Promise<Record<K, string>>, key: K): Promise<string> {
  const value = (await params)[key];
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
