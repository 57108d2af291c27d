// Generated from bapi-2026-05-12.yml (AttemptEmailAddressVerification). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EmailAddressesAttemptVerificationResponse } from "../models/emailAddressesAttemptVerificationResponse.js";

/** The request of {@link emailAddressesAttemptVerification}: path, query and body keys by their wire names. */
export interface EmailAddressesAttemptVerificationRequest {
  /** The ID of the email address whose code is being verified */
  email_address_id: string;
  /** The ID of the verification to check, such as one returned by prepare_verification */
  verification_id: string;
  /** The verification code that was sent to the email address */
  code: string;
}

export type { EmailAddressesAttemptVerificationResponse };

const op: Operation<EmailAddressesAttemptVerificationResponse> = {
  id: "AttemptEmailAddressVerification",
  method: "POST",
  path: "/email_addresses/{email_address_id}/attempt_verification",
  body: { verification_id: "s!", code: "s!" },
  response: EmailAddressesAttemptVerificationResponse,
};

/**
 * Verify a code sent to an email address
 *
 * Checks a one-time code against the verification identified by
 * verification_id, and returns the verification with its updated status
 * (`verified`, `unverified`, `expired`, or `failed`) and attempt count, so a
 * backend driving its own frontend can react on every attempt — an incorrect
 * or expired code is reported through the status, not as an error. Resubmitting
 * a verification whose code was already accepted is rejected with a
 * `verification_already_verified` error. If the code
 * is correct and the email address is not already verified, it is also marked
 * as verified as a side effect (just as it would be in a frontend verification
 * flow); an already verified email address is left unchanged. It never creates
 * a session; to sign the user in afterwards, mint a sign-in token.
 *
 * `POST /email_addresses/{email_address_id}/attempt_verification` · documented errors: 400, 401, 403, 404, 500
 */
export function emailAddressesAttemptVerification(
  core: ClerkCore,
  request: EmailAddressesAttemptVerificationRequest,
  options?: CallOptions,
): Promise<Result<EmailAddressesAttemptVerificationResponse, CallError<400 | 401 | 403 | 404 | 500>>> {
  return call(core, op, request, options);
}
