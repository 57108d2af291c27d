// Generated from bapi-2026-05-12.yml (components/schemas/verification_otp). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The `verification_otp` object of the Backend API. */
export interface VerificationOtp {
  object?: "verification_otp" | (string & {});
  status: "unverified" | "verified" | "failed" | "expired" | (string & {});
  strategy: "phone_code" | "email_code" | "reset_password_email_code" | (string & {});
  attempts: number | null;
  expire_at: number | null;
  /** The delivery channel of the code (phone codes only). */
  channel?: string | null;
  verified_at_client?: string | null;
}

/** Structural shape of {@link VerificationOtp}: types, presence and nullability; unknown keys kept. */
export const VerificationOtp: s.Shape<VerificationOtp> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  status: s.string,
  strategy: s.string,
  attempts: s.nullable(s.number),
  expire_at: s.nullable(s.number),
  channel: s.exactOptional(s.nullable(s.string)),
  verified_at_client: s.exactOptional(s.nullable(s.string)),
});
