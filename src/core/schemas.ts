import { lazy, looseObject, type GenericSchema, type InferOutput } from "valibot";

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

/** The parts of a valibot schema object that `conforms` reads. */
export interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly options?: readonly unknown[];
  readonly getter?: (input: unknown) => SchemaNode;
}

/**
 * Whether `value` passes `schema`, without building anything: the fast path of response decoding.
 * valibot's `safeParse` copies every object it checks (2.6× zod on a 500-user page); on the
 * success path — nearly every response — the parsed JSON can be returned as it is. Mirrors
 * valibot's rules for the schema kinds the generator emits; any other kind answers `false`, which
 * sends the caller to `safeParse`, so a gap here costs speed, never correctness.
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
      return Array.isArray(value) && value.every((item) => conforms(schema.item!, item));
    case "record":
      if (!value || typeof value !== "object" || Array.isArray(value)) return false;
      for (const key in value) if (!conforms(schema.value!, (value as Record<string, unknown>)[key])) return false;
      return true;
    case "loose_object":
      // valibot's own object test: any non-null object.
      if (!value || typeof value !== "object") return false;
      for (const key in schema.entries) {
        const entry = schema.entries[key]!;
        if (key in value) {
          if (!conforms(entry, (value as Record<string, unknown>)[key])) return false;
        } else if (entry.type !== "exact_optional") return false;
      }
      return true;
    default:
      return false;
  }
}
