// Generated from bapi-2026-05-12.yml (AttemptPhoneNumberVerification). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link phoneNumbersAttemptVerification}: path, query and body keys by their wire names. */
export interface PhoneNumbersAttemptVerificationRequest {
  /** The ID of the phone number whose code is being verified */
  phone_number_id: string;
  /** The ID of the verification to check, such as one returned by prepare_verification */
  verification_id: string;
  /** The verification code that was sent to the phone number */
  code: string;
}

/** What {@link phoneNumbersAttemptVerification} returns. */
export interface PhoneNumbersAttemptVerificationResponse {
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

const op: Operation<PhoneNumbersAttemptVerificationResponse> = {
  id: "AttemptPhoneNumberVerification",
  method: "POST",
  path: "/phone_numbers/{phone_number_id}/attempt_verification",
  body: { verification_id: "s!", code: "s!" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.exactOptional(s.string),
    id: s.exactOptional(s.string),
    status: s.exactOptional(s.string),
    strategy: s.exactOptional(s.string),
    attempts: s.exactOptional(s.nullable(s.number)),
    expire_at: s.exactOptional(s.nullable(s.number)),
    channel: s.exactOptional(s.nullable(s.string)),
  }),
};

/**
 * Verify a code sent to a phone number
 *
 * Checks a one-time code against the verification identified by
 * verification_id, and returns the verification with its updated status
 * (`verified`, `unverified`, `expired`, or `failed`) and attempt count, so a
 * backend driving its own frontend can react on every attempt — an incorrect
 * or expired code is reported through the status, not as an error. Resubmitting
 * a verification whose code was already accepted is rejected with a
 * `verification_already_verified` error. If the code
 * is correct and the phone number is not already verified, it is also marked
 * as verified as a side effect (just as it would be in a frontend verification
 * flow); an already verified phone number is left unchanged. It never creates
 * a session; to sign the user in afterwards, mint a sign-in token.
 *
 * `POST /phone_numbers/{phone_number_id}/attempt_verification` · documented errors: 400, 401, 403, 404, 500
 */
export function phoneNumbersAttemptVerification(
  core: ClerkCore,
  request: PhoneNumbersAttemptVerificationRequest,
  options?: CallOptions,
): Promise<Result<PhoneNumbersAttemptVerificationResponse, CallError<400 | 401 | 403 | 404 | 500>>> {
  return call(core, op, request, options);
}
