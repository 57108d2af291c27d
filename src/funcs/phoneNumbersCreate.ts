// Generated from bapi-2026-05-12.yml (CreatePhoneNumber). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PhoneNumber } from "../models/phoneNumber.js";

/** The request of {@link phoneNumbersCreate}: path, query and body keys by their wire names. */
export interface PhoneNumbersCreateRequest {
  /** The ID representing the user */
  user_id: string;
  /** The new phone number. Must adhere to the E.164 standard for phone number format. */
  phone_number: string;
  /** When created, the phone number will be marked as verified. */
  verified?: boolean | null;
  /** Create this phone number as the primary phone number for the user. Default: false, unless it is the first phone number. */
  primary?: boolean | null;
  /**
   * Create this phone number as reserved for multi-factor authentication. The phone number must also be verified.
   * If there are no other reserved second factors, the phone number will be set as the default second factor.
   */
  reserved_for_second_factor?: boolean | null;
}

const op: Operation<PhoneNumber> = {
  id: "CreatePhoneNumber",
  method: "POST",
  path: "/phone_numbers",
  body: { user_id: "s!", phone_number: "s!", verified: "b?", primary: "b?", reserved_for_second_factor: "b?" },
  response: PhoneNumber,
};

/**
 * Create a phone number
 *
 * Create a new phone number
 *
 * `POST /phone_numbers` · documented errors: 400, 401, 403, 404, 422
 */
export function phoneNumbersCreate(
  core: ClerkCore,
  request: PhoneNumbersCreateRequest,
  options?: CallOptions,
): Promise<Result<PhoneNumber, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
