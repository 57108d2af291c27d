import { lazy, looseObject, safeParse, type GenericSchema, type InferOutput } from "valibot";
import type { Issue } from "./errors.js";

/**
 * A `oneOf` with a discriminator, open to the future: a known tag is checked against its own
 * variant (precise issues); an unknown tag (a variant added after this SDK was generated) or a
 * missing one (the spec leaves some tags optional) is accepted as an object. Not a union that
 * tries every variant: that would fail new variants and costs bytes in every bundle.
 */
export function openVariant<V extends Readonly<Record<string, GenericSchema>>>(
  key: string,
  variants: V,
): GenericSchema<unknown, InferOutput<V[keyof V]>> {
  const anyObject = looseObject({});
  return lazy((input: unknown) => {
    const tag = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;
    return typeof tag === "string" && Object.hasOwn(variants, tag) ? variants[tag]! : anyObject;
  }) as GenericSchema<unknown, InferOutput<V[keyof V]>>;
}

/** The parts of a valibot schema object that `conforms` and `inspect` read. */
export interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly options?: readonly unknown[];
  readonly getter?: (input: unknown) => SchemaNode;
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
 * Whether `value` has the structure `schema` describes, without building anything: the fast path
 * of response decoding. valibot's `safeParse` copies every object it checks (2.6× zod on a
 * 500-user page); on the success path — nearly every response — the parsed JSON is returned as it
 * is. Structural only: JSON types, presence, nullability, arrays vs objects (an array is not an
 * object here, unlike valibot's object test). A schema kind the generator does not emit is
 * checked by valibot, so a gap costs speed, never correctness.
 */
export function conforms(schema: SchemaNode, value: unknown): boolean {
  switch (schema.type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && !Number.isNaN(value);
    case "boolean":
      return typeof value === "boolean";
    case "unknown":
      return true;
    case "nullable":
      return value === null || conforms(schema.wrapped!, value);
    case "exact_optional":
      return conforms(schema.wrapped!, value);
    case "lazy":
      return conforms(schema.getter!(value), value);
    case "picklist":
      return schema.options!.includes(value);
    case "union":
      return (schema.options as SchemaNode[]).some((option) => conforms(option, value));
    case "array":
      if (!Array.isArray(value)) return false;
      for (let i = 0; i < value.length; i++) if (!conforms(schema.item!, value[i])) return false;
      return true;
    case "record":
      if (!isObject(value)) return false;
      for (const key in value) if (!conforms(schema.value!, value[key])) return false;
      return true;
    case "loose_object":
    case "object":
      if (!isObject(value)) return false;
      for (const key in schema.entries) {
        const entry = schema.entries[key]!;
        if (key in value) {
          if (!conforms(entry, value[key])) return false;
        } else if (entry.type !== "exact_optional") return false;
      }
      return true;
    default:
      return safeParse(schema as unknown as GenericSchema, value).success;
  }
}

/** What a schema expects, named by JSON type (never a value from a body). */
export function expectedType(schema: SchemaNode): string {
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
      return [...new Set((schema.options as SchemaNode[]).map(expectedType))].join(" or ");
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
export function inspect(schema: SchemaNode, value: unknown, path: readonly (string | number)[] = [], seen?: SeenPaths): Issue[] {
  const out: Collector = { issues: [], seen };
  walk(schema, value, [...path], path.join("."), out);
  return out.issues;
}

interface Collector {
  readonly issues: Issue[];
  readonly seen: SeenPaths | undefined;
}

function report(out: Collector, path: readonly (string | number)[], shape: string, schema: SchemaNode, value: unknown): void {
  const seen = out.seen;
  if (seen) {
    // Checked before the issue is built: a page repeating one difference costs a lookup per item.
    if (seen.paths.has(shape) || seen.paths.size >= seen.max) return;
    seen.paths.add(shape);
  }
  out.issues.push(
    value === undefined
      ? { path: [...path], message: `required ${expectedType(schema)}, but missing` }
      : { path: [...path], message: `expected ${expectedType(schema)}, received ${jsonType(value)}` },
  );
}

function walk(schema: SchemaNode, value: unknown, path: (string | number)[], shape: string, out: Collector): void {
  switch (schema.type) {
    case "unknown":
      return;
    case "nullable":
      if (value !== null) walk(schema.wrapped!, value, path, shape, out);
      return;
    case "exact_optional":
      walk(schema.wrapped!, value, path, shape, out);
      return;
    case "lazy":
      walk(schema.getter!(value), value, path, shape, out);
      return;
    case "union": {
      if (conforms(schema, value)) return;
      // A variant of the right JSON kind says more than "none matched": report its differences.
      const sameKind = (schema.options as SchemaNode[]).filter((o) => kindOf(o) === kindOfValue(value));
      if (sameKind.length === 1) walk(sameKind[0]!, value, path, shape, out);
      else report(out, path, shape, schema, value);
      return;
    }
    case "array":
      if (!Array.isArray(value)) return report(out, path, shape, schema, value);
      for (let i = 0; i < value.length; i++) walkChild(schema.item!, value[i], i, path, shape + "[]", out);
      return;
    case "record":
      if (!isObject(value)) return report(out, path, shape, schema, value);
      for (const key in value) walkChild(schema.value!, value[key], key, path, shape + ".*", out);
      return;
    case "loose_object":
    case "object":
      if (!isObject(value)) return report(out, path, shape, schema, value);
      for (const key in schema.entries) {
        const entry = schema.entries[key]!;
        if (key in value) walkChild(entry, value[key], key, path, shape + "." + key, out);
        else if (entry.type !== "exact_optional") {
          path.push(key);
          report(out, path, shape + "." + key, entry, undefined);
          path.pop();
        }
      }
      return;
    default:
      if (!conforms(schema, value)) report(out, path, shape, schema, value);
  }
}

/** Walks one member (list item, record value, object field) only when it does not conform. */
function walkChild(schema: SchemaNode, value: unknown, key: string | number, path: (string | number)[], shape: string, out: Collector): void {
  if (conforms(schema, value)) return;
  path.push(key);
  walk(schema, value, path, shape, out);
  path.pop();
}

/** The JSON kind a schema documents at its top: `array`, `object`, a primitive, or `any`. */
export function kindOf(schema: SchemaNode): string {
  switch (schema.type) {
    case "array":
      return "array";
    case "loose_object":
    case "object":
    case "record":
    case "lazy":
      return "object";
    case "nullable":
    case "exact_optional":
      return kindOf(schema.wrapped!);
    case "union": {
      const kinds = new Set((schema.options as SchemaNode[]).map(kindOf));
      return kinds.size === 1 ? [...kinds][0]! : "any";
    }
    case "string":
    case "number":
    case "boolean":
      return schema.type;
    default:
      return "any";
  }
}

function kindOfValue(value: unknown): string {
  const type = jsonType(value);
  return type === "NaN" ? "number" : type;
}

/**
 * Whether `value` is at least the JSON kind `schema` documents at its top (an object where an
 * object is documented, an array where a list is, `null` only where the schema allows it): the
 * one check the `tolerant` policy fails a call on.
 */
export function hasTopKind(schema: SchemaNode, value: unknown): boolean {
  if (value === null) return schema.type === "nullable" || schema.type === "unknown";
  const kind = kindOf(schema);
  return kind === "any" || kind === kindOfValue(value);
}

