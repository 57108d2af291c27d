// Generated from bapi-2026-05-12.yml (PrepareEmailAddressVerification). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link emailAddressesPrepareVerification}: path, query and body keys by their wire names. */
export interface EmailAddressesPrepareVerificationRequest {
  /** The ID of the email address to send the verification code to */
  email_address_id: string;
}

/** What {@link emailAddressesPrepareVerification} returns. */
export interface EmailAddressesPrepareVerificationResponse {
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

const op: Operation<EmailAddressesPrepareVerificationResponse> = {
  id: "PrepareEmailAddressVerification",
  method: "POST",
  path: "/email_addresses/{email_address_id}/prepare_verification",
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
): Promise<Result<EmailAddressesPrepareVerificationResponse, CallError<400 | 401 | 403 | 404 | 500>>> {
  return call(core, op, request, options);
}
