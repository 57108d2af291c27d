// Generated from bapi-2026-05-12.yml (components/schemas/verification_passkey). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

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

/** Structural shape of {@link VerificationPasskey}: types, presence and nullability; unknown keys kept. */
export const VerificationPasskey: s.Shape<VerificationPasskey> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  nonce: s.exactOptional(s.string),
  message: s.exactOptional(s.nullable(s.string)),
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
