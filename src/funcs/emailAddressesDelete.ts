// Generated from bapi-2026-05-12.yml (DeleteEmailAddress). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link emailAddressesDelete}: path, query and body keys by their wire names. */
export interface EmailAddressesDeleteRequest {
  /** The ID of the email address to delete */
  email_address_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteEmailAddress",
  method: "DELETE",
  path: "/email_addresses/{email_address_id}",
  response: DeletedObject,
};

/**
 * Delete an email address
 *
 * Delete the email address with the given ID
 *
 * `DELETE /email_addresses/{email_address_id}` · documented errors: 400, 401, 403, 404, 409
 */
export function emailAddressesDelete(
  core: ClerkCore,
  request: EmailAddressesDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<400 | 401 | 403 | 404 | 409>>> {
  return call(core, op, request, options);
}
