// Generated from bapi-2026-05-12.yml (PrepareEmailAddressVerification). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EmailAddressesAttemptVerificationResponse } from "../models/emailAddressesAttemptVerificationResponse.js";

/** The request of {@link emailAddressesPrepareVerification}: path, query and body keys by their wire names. */
export interface EmailAddressesPrepareVerificationRequest {
  /** The ID of the email address to send the verification code to */
  email_address_id: string;
}

/** What {@link emailAddressesPrepareVerification} returns: the shared {@link EmailAddressesAttemptVerificationResponse} model. */
export type EmailAddressesPrepareVerificationResponse = EmailAddressesAttemptVerificationResponse;

const op: Operation<EmailAddressesAttemptVerificationResponse> = {
  id: "PrepareEmailAddressVerification",
  method: "POST",
  path: "/email_addresses/{email_address_id}/prepare_verification",
  response: EmailAddressesAttemptVerificationResponse,
};

/**
 * Send a verification code to an email address
 *
 * Sends a one-time code to the given email address so that a backend can
 * verify the user controls it (for example, in a custom, backend-driven
 * sign-in flow). The code is tracked on its own verification; confirm it
 * with attempt_verification.
 *
 * `POST /email_addresses/{email_address_id}/prepare_verification` · documented errors: 400, 401, 403, 404, 500
 */
export function emailAddressesPrepareVerification(
  core: ClerkCore,
  request: EmailAddressesPrepareVerificationRequest,
  options?: CallOptions,
): Promise<Result<EmailAddressesAttemptVerificationResponse, CallError<400 | 401 | 403 | 404 | 500>>> {
  return call(core, op, request, options);
}
