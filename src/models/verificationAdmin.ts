// Generated from bapi-2026-05-12.yml (components/schemas/verification_admin). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `verification_admin` object of the Backend API. */
export interface VerificationAdmin {
  object?: "verification_admin" | (string & {});
  status: "verified" | (string & {});
  strategy: "admin" | (string & {});
  attempts: number | null;
  expire_at: number | null;
  verified_at_client?: string | null;
}

/** Structural schema of {@link VerificationAdmin}: types, presence and nullability; unknown keys kept. */
export const VerificationAdmin: v.GenericSchema<unknown, VerificationAdmin> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  attempts: v.nullable(v.number()),
  expire_at: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
