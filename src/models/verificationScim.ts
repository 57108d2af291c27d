// Generated from bapi-2026-05-12.yml (components/schemas/verification_scim). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `verification_scim` object of the Backend API. */
export interface VerificationScim {
  object?: "verification_scim" | (string & {});
  status: "verified" | (string & {});
  strategy: "scim" | (string & {});
  attempts: number | null;
  expire_at: number | null;
}

/** Structural schema of {@link VerificationScim}: types, presence and nullability; unknown keys kept. */
export const VerificationScim: v.GenericSchema<unknown, VerificationScim> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  attempts: v.nullable(v.number()),
  expire_at: v.nullable(v.number()),
});
