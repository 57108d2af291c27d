// Generated from bapi-2026-05-12.yml (components/schemas/JWKS). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link JWKS}: types, presence and nullability; unknown keys kept. */
export const JWKS: s.Shape<JWKS> = /*#__PURE__*/ s.looseObject({
  keys: s.exactOptional(s.array(s.looseObject({
    use: s.exactOptional(s.string),
    kty: s.exactOptional(s.string),
    kid: s.exactOptional(s.string),
    alg: s.exactOptional(s.string),
    n: s.exactOptional(s.string),
    e: s.exactOptional(s.string),
    x: s.exactOptional(s.string),
    crv: s.exactOptional(s.string),
  }))),
});
