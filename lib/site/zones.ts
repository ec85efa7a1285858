// Time zone names, on their own: the settings reader needs them before the site's
// settings (and so the rest of lib/site/time.ts) exist.

/** Every zone name this runtime knows, by its lower-case spelling. */
let canonicalByLowerCase: Map<string, string> | undefined;
const zonesByLowerCase = () =>
  (canonicalByLowerCase ??= new Map(Intl.supportedValuesOf("timeZone").map((z) => [z.toLowerCase(), z])));

/** Every zone name this runtime lists ("Europe/Berlin"), for a near miss to be named. */
export const zoneNames = (): string[] => [...zonesByLowerCase().values()];

/**
 * The zone's canonical IANA name ("asia/jerusalem", "Asia/Tel_Aviv" -> "Asia/Jerusalem"), or undefined when it is
 * no zone. UTC and Etc/GMT+5 stay as they are.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  if (!zone || /[^A-Za-z0-9_+\-/]/.test(zone)) return undefined;
  const listed = zonesByLowerCase().get(zone.toLowerCase());
  if (listed) return listed;
  try {
    // Links (Asia/Tel_Aviv) and the zones Intl leaves out of its list (UTC, Etc/*).
    const resolved = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
    return zonesByLowerCase().get(resolved.toLowerCase()) ?? resolved;
  } catch {
    return undefined;
  }
}
