// Placeholder answers for operations the emulator does not model. They are built from the same
// structural schemas the SDK decodes with, so they always decode, and they say nothing they do not
// know: every required field present with the empty value of its type, nullable fields null,
// optional fields left out. Only ids and timestamps get real values, so records look distinct.
import type { IdGenerator } from "./ids.js";
import { isObject } from "./merge.js";

/** The parts of a valibot schema the walk reads (valibot's schemas are plain, documented objects). */
interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly getter?: (input: unknown) => SchemaNode;
}

const OPTIONAL = new Set(["optional", "exact_optional", "nullish", "undefinedable"]);

/** The emptiest value `schema` accepts. */
export function emptyValue(schema: unknown): unknown {
  const node = schema as SchemaNode;
  switch (node.type) {
    case "object":
    case "loose_object":
    case "strict_object":
    case "object_with_rest": {
      const out: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(node.entries ?? {})) {
        if (!OPTIONAL.has(entry.type)) out[key] = emptyValue(entry);
      }
      return out;
    }
    case "nullable":
    case "nullish":
    case "null":
    case "unknown":
    case "any":
      return null;
    case "optional":
    case "exact_optional":
    case "undefinedable":
      return emptyValue(node.wrapped);
    case "array":
      return [];
    case "record":
      return {};
    case "string":
      return "";
    case "number":
      return 0;
    case "boolean":
      return false;
    case "literal":
      return node.literal;
    case "picklist":
    case "enum":
      return node.options?.[0] ?? null;
    case "union":
    case "variant":
      return emptyValue(node.options?.[0]);
    case "lazy":
      // Our open variants pick their schema from the input; with none they offer the union.
      return node.getter ? emptyValue(node.getter(undefined)) : null;
    default:
      return null;
  }
}

/** Gives empty `id`s a fresh id and zero `…_at` timestamps the current time, at any depth. */
export function enliven(value: unknown, newId: IdGenerator, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => enliven(v, newId, now));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "id" && v === "") out[key] = newId("emu");
    else if (key.endsWith("_at") && v === 0) out[key] = now;
    else out[key] = enliven(v, newId, now);
  }
  return out;
}
