// Structural shapes: what the SDK knows of a JSON answer (types, presence, nullability, arrays vs
// objects) as plain data. The SDK never parses with them: src/core/schemas.ts walks the nodes by
// their `type` (`conforms`, `inspect`), and answers that conform are returned as parsed. So a shape
// is an object literal, not a parser, and a bundle carries only the shapes it uses plus the walk.
// The `type` strings are valibot's, so `toValibot` (src/core/valibot.ts) maps them one to one.

/**
 * A structural description of a JSON value whose type is `T`. `T` is phantom: no shape holds a
 * value of it; it lets `Operation<T>`, `request()` and `toValibot` infer what a shape describes.
 */
export interface Shape<T = unknown> {
  /** The node kind: `string`, `number`, `boolean`, `unknown`, `nullable`, `exact_optional`, `loose_object`, `array`, `record`, `union`, `picklist` or `lazy`. */
  readonly type: string;
  /** `loose_object`: the documented keys (unknown keys are kept, never checked). */
  readonly entries?: Readonly<Record<string, Shape>>;
  /** `nullable`, `exact_optional`: the shape of the value when it is there and not null. */
  readonly wrapped?: Shape;
  /** `array`: the shape of every item. */
  readonly item?: Shape;
  /** `record`: the shape of every value (keys are strings). */
  readonly value?: Shape;
  /** `union`: the shapes one of which the value has; `picklist`: the values allowed. */
  readonly options?: readonly unknown[];
  /** `lazy`: the shape for this input (cycles between models, open discriminated variants). */
  readonly getter?: (input: unknown) => Shape;
  /** Phantom, never present: the type the shape describes. */
  readonly "~type"?: T;
}

/** The type a shape describes. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

/** A key that may be absent (never `undefined`: JSON has none). */
export interface OptionalShape<T> extends Shape<T> {
  readonly type: "exact_optional";
}

type Entries = Readonly<Record<string, Shape>>;
type OptionalKeys<E extends Entries> = { [K in keyof E]: E[K] extends OptionalShape<unknown> ? K : never }[keyof E];

/** The object a `looseObject` shape describes: its required keys, its optional ones, and any other key. */
export type ObjectOf<E extends Entries> = { -readonly [K in Exclude<keyof E, OptionalKeys<E>>]: Infer<E[K]> } & {
  -readonly [K in OptionalKeys<E>]?: Infer<E[K]>;
} & { [key: string]: unknown };

// Leaves are constants, not calls: generated code reads `s.string`, and nothing is built at import.
/** A string. */
export const string: Shape<string> = { type: "string" };
/** A number (JSON has no NaN). */
export const number: Shape<number> = { type: "number" };
/** `true` or `false`. */
export const boolean: Shape<boolean> = { type: "boolean" };
/** Any JSON value, unchecked. */
export const unknown: Shape<unknown> = { type: "unknown" };

/** `null`, or a value of `wrapped`. */
export function nullable<T>(wrapped: Shape<T>): Shape<T | null> {
  return { type: "nullable", wrapped };
}

/** An object key that may be absent; when present, a value of `wrapped`. */
export function exactOptional<T>(wrapped: Shape<T>): OptionalShape<T> {
  return { type: "exact_optional", wrapped };
}

/** An object (not an array) with the documented `entries`; other keys are kept and unchecked. */
export function looseObject<const E extends Entries>(entries: E): Shape<ObjectOf<E>> {
  return { type: "loose_object", entries };
}

/** An array whose every item is a value of `item`. */
export function array<T>(item: Shape<T>): Shape<T[]> {
  return { type: "array", item };
}

/** An object (not an array) whose every value is a value of `value`. */
export function record<T>(value: Shape<T>): Shape<Record<string, T>> {
  return { type: "record", value };
}

/** A value of one of `options`. */
export function union<const O extends readonly Shape[]>(options: O): Shape<Infer<O[number]>> {
  return { type: "union", options };
}

/** One of the listed values (request-only enums: answers keep enums open). */
export function picklist<const O extends readonly (string | number)[]>(options: O): Shape<O[number]> {
  return { type: "picklist", options };
}

/** The shape `getter` gives for the input: references that close a cycle, open variants. */
export function lazy<T>(getter: (input: unknown) => Shape<T>): Shape<T> {
  return { type: "lazy", getter };
}
