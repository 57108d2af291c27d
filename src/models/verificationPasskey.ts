// Generated from bapi-2026-05-12.yml (components/schemas/verification_passkey). Do not edit: change codegen/ instead.
import * as v from "valibot";

/** The `verification_passkey` object of the Backend API. */
export interface VerificationPasskey {
  object?: "verification_passkey" | (string & {});
  status: "verified" | (string & {});
  strategy: "passkey" | (string & {});
  nonce?: "nonce" | (string & {});
  message?: string | null;
  attempts: number | null;
  expire_at: number | null;
  verified_at_client?: string | null;
}

/** Structural schema of {@link VerificationPasskey}: types, presence and nullability; unknown keys kept. */
export const VerificationPasskey: v.GenericSchema<unknown, VerificationPasskey> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  nonce: v.exactOptional(v.string()),
  message: v.exactOptional(v.nullable(v.string())),
  attempts: v.nullable(v.number()),
  expire_at: v.nullable(v.number()),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
