// Generated from bapi-2026-05-12.yml (UpdateEmailAddress). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EmailAddress } from "../models/emailAddress.js";

/** The request of {@link emailAddressesUpdate}: path, query and body keys by their wire names. */
export interface EmailAddressesUpdateRequest {
  /** The ID of the email address to update */
  email_address_id: string;
  /** The email address will be marked as verified. */
  verified?: boolean | null;
  /** Set this email address as the primary email address for the user. */
  primary?: boolean | null;
  /**
   * If set to `true` and this update makes the email address the user's new primary,
   * the previous primary email address is notified of the change.
   * By default, no notification is sent.
   */
  notify_primary_email_address_changed?: boolean | null;
}

const op: Operation<EmailAddress> = {
  id: "UpdateEmailAddress",
  method: "PATCH",
  path: "/email_addresses/{email_address_id}",
  body: { verified: "b?", primary: "b?", notify_primary_email_address_changed: "b?" },
  response: EmailAddress,
};

/**
 * Update an email address
 *
 * Updates an email address.
 *
 * `PATCH /email_addresses/{email_address_id}` · documented errors: 400, 401, 403, 404, 409
 */
export function emailAddressesUpdate(
  core: ClerkCore,
  request: EmailAddressesUpdateRequest,
  options?: CallOptions,
): Promise<Result<EmailAddress, CallError<400 | 401 | 403 | 404 | 409>>> {
  return call(core, op, request, options);
}
