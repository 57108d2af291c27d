// Generated from bapi-2026-05-12.yml (GetEmailAddress). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EmailAddress } from "../models/emailAddress.js";

/** The request of {@link emailAddressesGet}: path, query and body keys by their wire names. */
export interface EmailAddressesGetRequest {
  /** The ID of the email address to retrieve */
  email_address_id: string;
}

const op: Operation<EmailAddress> = {
  id: "GetEmailAddress",
  method: "GET",
  path: "/email_addresses/{email_address_id}",
  response: EmailAddress,
};

/**
 * Retrieve an email address
 *
 * Returns the details of an email address.
 *
 * `GET /email_addresses/{email_address_id}` · documented errors: 400, 401, 403, 404
 */
export function emailAddressesGet(
  core: ClerkCore,
  request: EmailAddressesGetRequest,
  options?: CallOptions,
): Promise<Result<EmailAddress, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
