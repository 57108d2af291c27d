// Generated from bapi-2026-05-12.yml (the identical inline success response of AttemptEmailAddressVerification, PrepareEmailAddressVerification, AttemptPhoneNumberVerification, PreparePhoneNumberVerification). Do not edit: change codegen/ instead.
import * as s from "../core/shape.js";

/** The answer of `AttemptEmailAddressVerification`, `PrepareEmailAddressVerification`, `AttemptPhoneNumberVerification`, `PreparePhoneNumberVerification`: one schema the spec declares inline in each, declared once here. */
export interface EmailAddressesAttemptVerificationResponse {
  /** The type of the verification object. */
  object?: string;
  /** The ID of the verification. Pass this to attempt_verification. */
  id?: string;
  /** The status of the verification (unverified, verified, expired, or failed). */
  status?: string;
  /** The verification strategy (email_code or phone_code). */
  strategy?: string;
  /** The number of attempts made against this verification. */
  attempts?: number | null;
  /** Unix timestamp (milliseconds) at which the code expires. */
  expire_at?: number | null;
  /** The channel the code was sent over (phone numbers only). */
  channel?: string | null;
}

/** Structural shape of {@link EmailAddressesAttemptVerificationResponse}: types, presence and nullability; unknown keys kept. */
export const EmailAddressesAttemptVerificationResponse: s.Shape<EmailAddressesAttemptVerificationResponse> = /*#__PURE__*/ s.looseObject({
  object: s.exactOptional(s.string),
  id: s.exactOptional(s.string),
  status: s.exactOptional(s.string),
  strategy: s.exactOptional(s.string),
  attempts: s.exactOptional(s.nullable(s.number)),
  expire_at: s.exactOptional(s.nullable(s.number)),
  channel: s.exactOptional(s.nullable(s.string)),
});
