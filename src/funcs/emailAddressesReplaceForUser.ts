// Generated from bapi-2026-05-12.yml (ReplaceUserEmailAddress). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EmailAddress } from "../models/emailAddress.js";

/** The request of {@link emailAddressesReplaceForUser}: path, query and body keys by their wire names. */
export interface EmailAddressesReplaceForUserRequest {
  /** The ID of the user whose email address to replace */
  user_id: string;
  /** The new email address. Must adhere to the RFC 5322 specification for email address format. */
  email_address: string;
  /**
   * Controls the status of the replacement email address. Defaults to `verified`. Set to
   * `reserved` to create it reserved (unverified but usable for sign-in and locked so no
   * other user can claim it), or to `unverified` to create it neither usable for sign-in
   * nor locked.
   *
   * **Warning:** `unverified` can lock the user out of their account. An unverified email
   * address cannot be used to sign in, so if the user has no other verified or reserved
   * identifier, they will be unable to authenticate and unable to verify this address.
   * Prefer `reserved` unless you specifically need the address left unclaimed — for
   * example so that another user can also hold it until one of them verifies it.
   */
  identification_status?: "verified" | "reserved" | "unverified";
  /**
   * If set to `true`, the user's previous primary email address is notified that the
   * primary email address has changed. No notification is sent when the replacement
   * is the user's current primary email address. By default, no notification is sent.
   */
  notify_primary_email_address_changed?: boolean | null;
}

const op: Operation<EmailAddress> = {
  id: "ReplaceUserEmailAddress",
  method: "PUT",
  path: "/users/{user_id}/email_address",
  body: { email_address: "s!", identification_status: "s", notify_primary_email_address_changed: "b?" },
  response: EmailAddress,
};

/**
 * Replace a user's email address
 *
 * Replaces all of the user's email addresses with a single primary email address.
 * By default the new email address is created verified, with the admin verification strategy.
 * When `identification_status` is `reserved` it is created reserved instead: unverified but usable
 * for sign-in and locked so no other user can claim it. When it is `unverified` the address is
 * neither usable for sign-in nor locked. Any existing email addresses are deleted.
 * If an existing email address is linked to a connected account, the request is rejected; remove
 * the connected account first.
 *
 * **Warning:** `identification_status: unverified` can lock the user out of their account. An
 * unverified email address cannot be used to sign in, so if the user has no other verified or
 * reserved identifier, deleting their existing email addresses leaves them unable to
 * authenticate — and unable to verify the new address, since that requires signing in. Recovery
 * then requires another admin API call.
 *
 * `PUT /users/{user_id}/email_address` · documented errors: 400, 401, 403, 404, 422
 */
export function emailAddressesReplaceForUser(
  core: ClerkCore,
  request: EmailAddressesReplaceForUserRequest,
  options?: CallOptions,
): Promise<Result<EmailAddress, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
