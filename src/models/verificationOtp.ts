// Generated from bapi-2026-05-12.yml (components/schemas/verification_otp). Do not edit: change codegen/ instead.
import * as v from "valibot";

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

/** Structural schema of {@link VerificationOtp}: types, presence and nullability; unknown keys kept. */
export const VerificationOtp: v.GenericSchema<unknown, VerificationOtp> = /*#__PURE__*/ v.looseObject({
  object: v.exactOptional(v.string()),
  status: v.string(),
  strategy: v.string(),
  attempts: v.nullable(v.number()),
  expire_at: v.nullable(v.number()),
  channel: v.exactOptional(v.nullable(v.string())),
  verified_at_client: v.exactOptional(v.nullable(v.string())),
});
