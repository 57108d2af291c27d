// Generated from bapi-2026-05-12.yml (components/schemas/verification_scim). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `verification_scim` object of the Backend API. */
export interface VerificationScim {
  object?: "verification_scim" | (string & {});
  status: "verified" | (string & {});
  strategy: "scim" | (string & {});
  attempts: number | null;
  expire_at: number | null;
}

/** Structural shape of {@link VerificationScim}: types, presence and nullability; unknown keys kept. */
export const VerificationScim: s.Shape<VerificationScim> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
});
