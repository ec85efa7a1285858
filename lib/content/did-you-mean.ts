import { closest, distance } from "fastest-levenshtein";

// A field the schema (schema.ts) does not know is a problem, so a misspelt one (rvsp:) is never silently ignored.

/** The known name an unknown one was probably meant to be: "rvsp" -> "rsvp", "Title" -> "title". */
export function didYouMean(field: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = field.toLowerCase();
  const lowerKnown = known.map((k) => k.toLowerCase());
  const best = closest(lower, lowerKnown);
  // Two edits (a swapped pair of letters) for names of four letters or more, one for shorter ones, and one in six
  // for a long name such as a meetup's slug ("2026-12-08-ebpf-nite").
  const allowed = lower.length >= 18 ? Math.floor(lower.length / 6) : lower.length >= 4 ? 2 : 1;
  return distance(lower, best) <= allowed ? known[lowerKnown.indexOf(best)] : undefined;
}

/** Longer than any field's name: not looked up, and shown cut short (its length said). */
const MAX_FIELD_NAME = 40;

/** A field's name as a message shows it: a long one cut short. */
export function fieldName(field: string): string {
  return field.length > MAX_FIELD_NAME ? `${field.slice(0, MAX_FIELD_NAME)}…` : field;
}

/** The problem with an unknown field, said so that the organizer can fix it. */
export function unknownFieldMessage(field: string, known: readonly string[]): string {
  if (field.length > MAX_FIELD_NAME) {
    return `unknown field of ${field.length.toLocaleString("en")} characters (${JSON.stringify(fieldName(field))}): expected one of ${known.join(", ")}`;
  }
  // What other tools call the summary.
  const guess = field === "description" && known.includes("summary") ? "summary" : didYouMean(field, known);
  return guess
    ? `unknown field ${JSON.stringify(field)}: did you mean "${guess}"?`
    : `unknown field ${JSON.stringify(field)}: expected one of ${known.join(", ")}`;
}
