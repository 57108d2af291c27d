// Generated from bapi-2026-05-12.yml (CreateEmailAddress). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EmailAddress } from "../models/emailAddress.js";

/** The request of {@link emailAddressesCreate}: path, query and body keys by their wire names. */
export interface EmailAddressesCreateRequest {
  /** The ID representing the user */
  user_id: string;
  /** The new email address. Must adhere to the RFC 5322 specification for email address format. */
  email_address: string;
  /** When created, the email address will be marked as verified. */
  verified?: boolean | null;
  /**
   * Create this email address as the primary email address for the user.
   * Default: false, unless it is the first email address.
   */
  primary?: boolean | null;
  /**
   * If set to `true` and the email address is created as the user's new primary,
   * the previous primary email address is notified of the change.
   * By default, no notification is sent.
   */
  notify_primary_email_address_changed?: boolean | null;
}

const op: Operation<EmailAddress> = {
  id: "CreateEmailAddress",
  method: "POST",
  path: "/email_addresses",
  body: { user_id: "s!", email_address: "s!", verified: "b?", primary: "b?", notify_primary_email_address_changed: "b?" },
  response: EmailAddress,
};

/**
 * Create an email address
 *
 * Create a new email address
 *
 * `POST /email_addresses` · documented errors: 400, 401, 403, 404, 409, 422
 */
export function emailAddressesCreate(
  core: ClerkCore,
  request: EmailAddressesCreateRequest,
  options?: CallOptions,
): Promise<Result<EmailAddress, CallError<400 | 401 | 403 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
