// Generated from bapi-2026-05-12.yml (GetPhoneNumber). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PhoneNumber } from "../models/phoneNumber.js";

/** The request of {@link phoneNumbersGet}: path, query and body keys by their wire names. */
export interface PhoneNumbersGetRequest {
  /** The ID of the phone number to retrieve */
  phone_number_id: string;
}

const op: Operation<PhoneNumber> = {
  id: "GetPhoneNumber",
  method: "GET",
  path: "/phone_numbers/{phone_number_id}",
  response: PhoneNumber,
};

/**
 * Retrieve a phone number
 *
 * Returns the details of a phone number
 *
 * `GET /phone_numbers/{phone_number_id}` · documented errors: 400, 401, 403, 404
 */
export function phoneNumbersGet(
  core: ClerkCore,
  request: PhoneNumbersGetRequest,
  options?: CallOptions,
): Promise<Result<PhoneNumber, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
