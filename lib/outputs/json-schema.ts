// The few JSON Schema (2020-12) forms the open data uses, typed so that the data's TypeScript type follows from
// the schema (`Described<typeof schema>`): the schema is the one definition of each field.

type Primitive = "string" | "integer" | "number" | "boolean" | "null";

type PrimitiveValue<T> = T extends "string"
  ? string
  : T extends "integer" | "number"
    ? number
    : T extends "boolean"
      ? boolean
      : T extends "null"
        ? null
        : never;

/** The value a schema built here describes. */
export type Described<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { anyOf: readonly (infer A)[] }
      ? Described<A>
      : S extends { properties: infer P }
        ? { -readonly [K in keyof P]: Described<P[K]> }
        : S extends { items: infer I }
          ? Described<I>[]
          : S extends { type: readonly (infer T)[] }
            ? PrimitiveValue<T>
            : S extends { type: infer T }
              ? PrimitiveValue<T>
              : never;

/** An object whose every property is always there (null when it has no value), and nothing else. */
export function object<const P extends Record<string, object>>(description: string, properties: P) {
  return {
    type: "object",
    description,
    properties,
    required: Object.keys(properties) as (keyof P & string)[],
    additionalProperties: false,
  } as const;
}

export function list<const I extends object>(description: string, items: I) {
  return { type: "array", description, items } as const;
}

export function text<const T extends Primitive | readonly Primitive[]>(type: T, description: string, pattern?: string) {
  return { type, description, ...(pattern !== undefined && { pattern }) } as const;
}

export function oneOf<const E extends readonly string[]>(description: string, values: E) {
  return { type: "string", description, enum: values } as const;
}

export function fixed<const C extends string | number>(description: string, value: C) {
  return { description, const: value } as const;
}

/** A schema, or null. */
export function orNull<const S extends object>(schema: S) {
  return { anyOf: [schema, { type: "null" }] } as const;
}
