// Generated from bapi-2026-05-12.yml (DeletePhoneNumber). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link phoneNumbersDelete}: path, query and body keys by their wire names. */
export interface PhoneNumbersDeleteRequest {
  /** The ID of the phone number to delete */
  phone_number_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeletePhoneNumber",
  method: "DELETE",
  path: "/phone_numbers/{phone_number_id}",
  response: DeletedObject,
};

/**
 * Delete a phone number
 *
 * Delete the phone number with the given ID
 *
 * `DELETE /phone_numbers/{phone_number_id}` · documented errors: 400, 401, 403, 404
 */
export function phoneNumbersDelete(
  core: ClerkCore,
  request: PhoneNumbersDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
