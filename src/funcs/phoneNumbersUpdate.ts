// Generated from bapi-2026-05-12.yml (UpdatePhoneNumber). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PhoneNumber } from "../models/phoneNumber.js";

/** The request of {@link phoneNumbersUpdate}: path, query and body keys by their wire names. */
export interface PhoneNumbersUpdateRequest {
  /** The ID of the phone number to update */
  phone_number_id: string;
  /** The phone number will be marked as verified. */
  verified?: boolean | null;
  /** Set this phone number as the primary phone number for the user. */
  primary?: boolean | null;
  /**
   * Set this phone number as reserved for multi-factor authentication.
   * The phone number must also be verified.
   * If there are no other reserved second factors, the phone number will be set as the default second factor.
   */
  reserved_for_second_factor?: boolean | null;
}

const op: Operation<PhoneNumber> = {
  id: "UpdatePhoneNumber",
  method: "PATCH",
  path: "/phone_numbers/{phone_number_id}",
  body: { verified: "b?", primary: "b?", reserved_for_second_factor: "b?" },
  response: PhoneNumber,
};

/**
 * Update a phone number
 *
 * Updates a phone number
 *
 * `PATCH /phone_numbers/{phone_number_id}` · documented errors: 400, 401, 403, 404
 */
export function phoneNumbersUpdate(
  core: ClerkCore,
  request: PhoneNumbersUpdateRequest,
  options?: CallOptions,
): Promise<Result<PhoneNumber, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
