// Generated from bapi-2026-05-12.yml (components/schemas/JWKS). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `JWKS` object of the Backend API. */
export interface JWKS {
  keys?: {
    use?: string;
    kty?: string;
    kid?: string;
    alg?: string;
    n?: string;
    e?: string;
    x?: string;
    crv?: string;
  }[];
}

/** Structural schema of {@link JWKS}: types, presence and nullability; unknown keys kept. */
export const JWKS: v.GenericSchema<unknown, JWKS> = /*#__PURE__*/ v.looseObject({
  keys: v.exactOptional(v.array(v.looseObject({
    use: v.exactOptional(v.string()),
    kty: v.exactOptional(v.string()),
    kid: v.exactOptional(v.string()),
    alg: v.exactOptional(v.string()),
    n: v.exactOptional(v.string()),
    e: v.exactOptional(v.string()),
    x: v.exactOptional(v.string()),
    crv: v.exactOptional(v.string()),
  }))),
});
