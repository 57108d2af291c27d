// Generated from bapi-2026-05-12.yml (PreparePhoneNumberVerification). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link phoneNumbersPrepareVerification}: path, query and body keys by their wire names. */
export interface PhoneNumbersPrepareVerificationRequest {
  /** The ID of the phone number to send the verification code to */
  phone_number_id: string;
}

/** What {@link phoneNumbersPrepareVerification} returns. */
export interface PhoneNumbersPrepareVerificationResponse {
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

const op: Operation<PhoneNumbersPrepareVerificationResponse> = {
  id: "PreparePhoneNumberVerification",
  method: "POST",
  path: "/phone_numbers/{phone_number_id}/prepare_verification",
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
 * Send a verification code to a phone number
 *
 * Sends a one-time code to the given phone number so that a backend can
 * verify the user controls it (for example, in a custom, backend-driven
 * sign-in flow). The code is tracked on its own verification; confirm it
 * with attempt_verification.
 *
 * `POST /phone_numbers/{phone_number_id}/prepare_verification` · documented errors: 400, 401, 403, 404, 429, 500
 */
export function phoneNumbersPrepareVerification(
  core: ClerkCore,
  request: PhoneNumbersPrepareVerificationRequest,
  options?: CallOptions,
): Promise<Result<PhoneNumbersPrepareVerificationResponse, CallError<400 | 401 | 403 | 404 | 429 | 500>>> {
  return call(core, op, request, options);
}
