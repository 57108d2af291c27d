// The SDK's shapes as valibot schemas, for applications that check data the SDK did not fetch
// (stored users, queued webhook payloads) with valibot. The SDK itself never parses with valibot:
// only an app that calls `toValibot` bundles it.
import * as v from "valibot";
import type { Shape } from "./shape.js";

// One schema per shape node, so cyclic models (through `lazy`) and repeated conversions reuse
// what was built; weak, so shapes an app drops are not kept alive.
const built = /*#__PURE__*/ new WeakMap<Shape, v.GenericSchema>();

// Objects and records of a shape are never arrays; valibot's object and record schemas take an
// array (and answer a copy that is an object), so the kind is checked first.
const isObject = (input: unknown): input is Record<string, unknown> => typeof input === "object" && input !== null && !Array.isArray(input);
const objectFirst = () => v.custom<Record<string, unknown>>(isObject, "Invalid type: Expected object");

/**
 * The valibot schema equivalent to a shape: `loose_object` → `v.looseObject` (which, like the
 * shape, keeps unknown keys), `exact_optional` → `v.exactOptional`, `nullable`, `array`, `record`,
 * `union`, `picklist`, and `lazy` (cycles, open variants) → `v.lazy`. It accepts exactly the values
 * the SDK's own check accepts, and its output is `T`:
 *
 * ```ts
 * const result = v.safeParse(toValibot(User), JSON.parse(stored));
 * ```
 */
export function toValibot<T>(shape: Shape<T>): v.GenericSchema<unknown, T> {
  return convert(shape) as v.GenericSchema<unknown, T>;
}

function convert(shape: Shape): v.GenericSchema {
  let schema = built.get(shape);
  if (!schema) {
    schema = build(shape);
    built.set(shape, schema);
  }
  return schema;
}

function build(shape: Shape): v.GenericSchema {
  switch (shape.type) {
    case "string":
      return v.string();
    case "number":
      return v.number();
    case "boolean":
      return v.boolean();
    case "unknown":
      return v.unknown();
    case "nullable":
      return v.nullable(convert(shape.wrapped!));
    case "exact_optional":
      return v.exactOptional(convert(shape.wrapped!));
    case "array":
      return v.array(convert(shape.item!));
    case "record":
      return v.pipe(objectFirst(), v.record(v.string(), convert(shape.value!)));
    case "loose_object": {
      const entries: Record<string, v.GenericSchema> = {};
      for (const [key, entry] of Object.entries(shape.entries ?? {})) entries[key] = convert(entry);
      return v.pipe(objectFirst(), v.looseObject(entries));
    }
    case "union":
      return v.union((shape.options as Shape[]).map(convert));
    case "picklist":
      return v.picklist(shape.options as (string | number)[]);
    case "lazy": {
      const getter = shape.getter!;
      return v.lazy((input) => convert(getter(input)));
    }
    default:
      // A kind no shape constructor makes: nothing conforms to it, in the SDK or here.
      return v.never();
  }
}
