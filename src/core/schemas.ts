import { lazy, looseObject, union, type GenericSchema, type InferOutput } from "valibot";

/**
 * A `oneOf` with a discriminator, open to the future: a known tag is checked against its own
 * variant (precise issues), an unknown tag — a variant the API added after this SDK was
 * generated — is accepted as an object, and a missing tag falls back to trying each variant.
 */
export function openVariant<V extends Readonly<Record<string, GenericSchema>>>(
  key: string,
  variants: V,
): GenericSchema<unknown, InferOutput<V[keyof V]>> {
  const anyObject = looseObject({});
  const all = union(Object.values(variants));
  return lazy((input: unknown) => {
    const tag = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;
    if (typeof tag === "string") return Object.hasOwn(variants, tag) ? variants[tag]! : anyObject;
    return all;
  }) as GenericSchema<unknown, InferOutput<V[keyof V]>>;
}
