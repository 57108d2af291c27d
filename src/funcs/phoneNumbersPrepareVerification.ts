// Generated from bapi-2026-05-12.yml (PreparePhoneNumberVerification). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EmailAddressesAttemptVerificationResponse } from "../models/emailAddressesAttemptVerificationResponse.js";

/** The request of {@link phoneNumbersPrepareVerification}: path, query and body keys by their wire names. */
export interface PhoneNumbersPrepareVerificationRequest {
  /** The ID of the phone number to send the verification code to */
  phone_number_id: string;
}

/** What {@link phoneNumbersPrepareVerification} returns: the shared {@link EmailAddressesAttemptVerificationResponse} model. */
export type PhoneNumbersPrepareVerificationResponse = EmailAddressesAttemptVerificationResponse;

const op: Operation<EmailAddressesAttemptVerificationResponse> = {
  id: "PreparePhoneNumberVerification",
  method: "POST",
  path: "/phone_numbers/{phone_number_id}/prepare_verification",
  response: EmailAddressesAttemptVerificationResponse,
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
): Promise<Result<EmailAddressesAttemptVerificationResponse, CallError<400 | 401 | 403 | 404 | 429 | 500>>> {
  return call(core, op, request, options);
}
