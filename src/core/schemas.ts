import type { Issue } from "./errors.js";
import { lazy, looseObject, type Infer, type Shape } from "./shape.js";

/**
 * A `oneOf` with a discriminator, open to the future: a known tag is checked against its own
 * variant (precise issues); an unknown tag (a variant added after this SDK was generated) or a
 * missing one (the spec leaves some tags optional) is accepted as an object. Not a union that
 * tries every variant: that would fail new variants and costs bytes in every bundle.
 */
export function openVariant<V extends Readonly<Record<string, Shape>>>(key: string, variants: V): Shape<Infer<V[keyof V]>> {
  const anyObject: Shape = looseObject({});
  return lazy((input: unknown) => {
    const tag = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;
    return typeof tag === "string" && Object.hasOwn(variants, tag) ? variants[tag]! : anyObject;
  }) as Shape<Infer<V[keyof V]>>;
}

/** A JSON value's type as issues name it: `string`, `number`, `boolean`, `null`, `array`, `object`. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value === undefined) return "missing";
  return typeof value === "number" && Number.isNaN(value) ? "NaN" : typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` has the structure `schema` describes, without building anything (no path
 * strings, no issues): the fast path
 * of response decoding. A schema library's parse copies every object it checks (2.6× zod
 * on a 500-user page, bench/RESULTS.md); on the success path — nearly every response — the parsed JSON is returned as it
 * is. Structural only: JSON types, presence, nullability, arrays vs objects (an array is not an
 * object here). Knows the schema kinds the generator emits; any other kind does not conform.
 */
export function conforms(schema: Shape, value: unknown): boolean {
  switch (schema.type) {
    case "string":
    case "number":
    case "boolean":
      // `value === value`: NaN is not a JSON number.
      return typeof value === schema.type && value === value;
    case "unknown":
      return true;
    case "nullable":
      return value === null || conforms(schema.wrapped!, value);
    case "exact_optional":
      return conforms(schema.wrapped!, value);
    case "loose_object":
    case "object": {
      if (!isObject(value)) return false;
      const entries = schema.entries!;
      for (const key in entries) {
        const entry = entries[key]!;
        const member = value[key];
        // One lookup for the common case; `in` only when the key may be absent.
        if (member !== undefined || key in value) {
          if (!conforms(entry, member)) return false;
        } else if (entry.type !== "exact_optional") return false;
      }
      return true;
    }
    case "array": {
      if (!Array.isArray(value)) return false;
      const item = schema.item!;
      for (let i = 0; i < value.length; i++) if (!conforms(item, value[i])) return false;
      return true;
    }
    case "record": {
      if (!isObject(value)) return false;
      for (const key in value) if (!conforms(schema.value!, value[key])) return false;
      return true;
    }
    case "picklist":
      return schema.options!.includes(value);
    case "lazy":
      return conforms(schema.getter!(value), value);
    case "union":
      return (schema.options as Shape[]).some((option) => conforms(option, value));
    default:
      // A kind the generator does not emit (test/core/conforms.test.ts checks every model).
      return false;
  }
}

/** What a schema expects, named by JSON type (never a value from a body). */
export function expectedType(schema: Shape): string {
  switch (schema.type) {
    case "nullable":
      return `${expectedType(schema.wrapped!)} or null`;
    case "exact_optional":
      return expectedType(schema.wrapped!);
    case "loose_object":
    case "object":
    case "record":
    case "lazy":
      return "object";
    case "picklist":
      return "one of the documented values";
    case "union":
      return [...new Set((schema.options as Shape[]).map(expectedType))].join(" or ");
    default:
      return schema.type;
  }
}

/**
 * Remembers which paths were already told, for reporting drift once per path: list indices and
 * record keys do not make a path new (500 users missing one field are one issue, the first).
 * Stops growing at `max` entries, however bodies vary.
 */
export interface SeenPaths {
  readonly paths: Set<string>;
  readonly max: number;
}

/**
 * Every structural difference between `value` and `schema`, each as a path and the expected and
 * received JSON types — never a value, since responses and webhook payloads carry personal data.
 * With `seen`, only differences at paths not seen before are returned (and remembered). Run only
 * when `conforms` said no; it descends only into the parts that do not conform.
 */
export function inspect(schema: Shape, value: unknown, path: readonly (string | number)[] = [], seen?: SeenPaths): Issue[] {
  const out: Collector = { issues: [], seen };
  check(schema, value, out, [...path], path.join("."));
  return out.issues;
}

interface Collector {
  readonly issues: Issue[];
  readonly seen: SeenPaths | undefined;
}

/** Whether `shape` was not told before (and remembers it), while `seen` has room. */
export function isNew(seen: SeenPaths, shape: string): boolean {
  if (seen.paths.has(shape) || seen.paths.size >= seen.max) return false;
  seen.paths.add(shape);
  return true;
}

/** Records one difference, unless its path was told before. */
function report(out: Collector, path: readonly (string | number)[], shape: string, schema: Shape, value: unknown): void {
  if (out.seen && !isNew(out.seen, shape)) return;
  out.issues.push({
    path: [...path],
    message: value === undefined ? `required ${expectedType(schema)}, but missing` : `expected ${expectedType(schema)}, received ${jsonType(value)}`,
  });
}

/**
 * The walk that names differences, run only where `conforms` said no: it records every difference
 * below `schema`, descending only into the members that do not conform. `shape` is the path with
 * list indices and record keys left out, for telling drift once per path.
 */
function check(schema: Shape, value: unknown, out: Collector, path: (string | number)[], shape: string): void {
  switch (schema.type) {
    case "nullable":
      if (value !== null) check(schema.wrapped!, value, out, path, shape);
      return;
    case "exact_optional":
      return check(schema.wrapped!, value, out, path, shape);
    case "lazy":
      return check(schema.getter!(value), value, out, path, shape);
    case "union": {
      const options = schema.options as Shape[];
      if (options.some((option) => conforms(option, value))) return;
      // A variant of the right JSON kind says more than "none matched": report its differences.
      const sameKind = options.filter((option) => hasTopKind(option, value));
      return sameKind.length === 1 ? check(sameKind[0]!, value, out, path, shape) : report(out, path, shape, schema, value);
    }
    case "array":
      if (!Array.isArray(value)) return report(out, path, shape, schema, value);
      for (let i = 0; i < value.length; i++) member(schema.item!, value[i], i, out, path, shape + "[]");
      return;
    case "record":
      if (!isObject(value)) return report(out, path, shape, schema, value);
      for (const key in value) member(schema.value!, value[key], key, out, path, shape + ".*");
      return;
    case "loose_object":
    case "object":
      if (!isObject(value)) return report(out, path, shape, schema, value);
      for (const key in schema.entries) {
        const entry = schema.entries[key]!;
        if (key in value) member(entry, value[key], key, out, path, shape + "." + key);
        else if (entry.type !== "exact_optional") missing(entry, key, out, path, shape + "." + key);
      }
      return;
    default:
      // Leaves (string, number, boolean, picklist) and kinds the generator does not emit.
      if (!conforms(schema, value)) report(out, path, shape, schema, value);
  }
}

/** One member (list item, record value, object field): walked only when it does not conform. */
function member(schema: Shape, value: unknown, key: string | number, out: Collector, path: (string | number)[], shape: string): void {
  if (conforms(schema, value)) return;
  path.push(key);
  check(schema, value, out, path, shape);
  path.pop();
}

function missing(schema: Shape, key: string, out: Collector, path: (string | number)[], shape: string): void {
  path.push(key);
  report(out, path, shape, schema, undefined);
  path.pop();
}

/**
 * Whether `value` is the JSON kind `schema` documents at its top (an object where an object is
 * documented, a list where a list is, `null` only where allowed), children unchecked: the one
 * check the `tolerant` policy fails a call on.
 */
export function hasTopKind(schema: Shape, value: unknown): boolean {
  switch (schema.type) {
    case "array":
      return Array.isArray(value);
    case "loose_object":
    case "object":
    case "record":
    case "lazy":
      return isObject(value);
    case "nullable":
      return value === null || hasTopKind(schema.wrapped!, value);
    case "exact_optional":
      return hasTopKind(schema.wrapped!, value);
    case "union":
      return (schema.options as Shape[]).some((option) => hasTopKind(option, value));
    default:
      return conforms(schema, value);
  }
}
