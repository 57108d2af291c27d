// Generated from bapi-2026-05-12.yml (components/schemas/verification_admin). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `verification_admin` object of the Backend API. */
export interface VerificationAdmin {
  object?: "verification_admin" | (string & {});
  status: "verified" | (string & {});
  strategy: "admin" | (string & {});
  attempts: number | null;
  expire_at: number | null;
  verified_at_client?: string | null;
}

/** Structural shape of {@link VerificationAdmin}: types, presence and nullability; unknown keys kept. */
export const VerificationAdmin: s.Shape<VerificationAdmin> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
