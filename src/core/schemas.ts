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
