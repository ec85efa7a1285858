/**
 * Next's static export (the preview runs with output: export) refuses a
 * dynamic route that generates no page, which a new group with no speakers or
 * topics yet would hit. Such a route gets one placeholder path, which the page
 * answers with notFound(); the build takes its page out (lib/outputs/static-export.ts).
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
