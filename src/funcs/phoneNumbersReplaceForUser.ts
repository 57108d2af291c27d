// Generated from bapi-2026-05-12.yml (ReplaceUserPhoneNumber). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PhoneNumber } from "../models/phoneNumber.js";

/** The request of {@link phoneNumbersReplaceForUser}: path, query and body keys by their wire names. */
export interface PhoneNumbersReplaceForUserRequest {
  /** The ID of the user whose phone number to replace */
  user_id: string;
  /** The new phone number. Must adhere to the E.164 standard for phone number format. */
  phone_number: string;
  /**
   * Controls the status of the replacement phone number. Defaults to `verified`. Set to
   * `reserved` to create it reserved (unverified but usable for sign-in and locked so no
   * other user can claim it), or to `unverified` to create it neither usable for sign-in
   * nor locked.
   *
   * **Warning:** `unverified` can lock the user out of their account. An unverified phone
   * number cannot be used to sign in, so if the user has no other verified or reserved
   * identifier, they will be unable to authenticate and unable to verify this number.
   * Prefer `reserved` unless you specifically need the number left unclaimed — for
   * example so that another user can also hold it until one of them verifies it.
   */
  identification_status?: "verified" | "reserved" | "unverified";
}

const op: Operation<PhoneNumber> = {
  id: "ReplaceUserPhoneNumber",
  method: "PUT",
  path: "/users/{user_id}/phone_number",
  body: { phone_number: "s!", identification_status: "s" },
  response: PhoneNumber,
};

/**
 * Replace a user's phone number
 *
 * Replaces all of the user's phone numbers with a single primary phone number.
 * By default the new phone number is created verified, with the admin verification strategy.
 * When `identification_status` is `reserved` it is created reserved instead: unverified but usable
 * for sign-in and locked so no other user can claim it. When it is `unverified` the phone number is
 * neither usable for sign-in nor locked. The new phone number is never reserved for
 * second factor. Any existing phone numbers are deleted; replacing a phone number that is reserved
 * for second factor disables the user's MFA.
 *
 * **Warning:** `identification_status: unverified` can lock the user out of their account. An
 * unverified phone number cannot be used to sign in, so if the user has no other verified or
 * reserved identifier, deleting their existing phone numbers leaves them unable to authenticate —
 * and unable to verify the new number, since that requires signing in. Recovery then requires
 * another admin API call.
 *
 * `PUT /users/{user_id}/phone_number` · documented errors: 400, 401, 403, 404, 422
 */
export function phoneNumbersReplaceForUser(
  core: ClerkCore,
  request: PhoneNumbersReplaceForUserRequest,
  options?: CallOptions,
): Promise<Result<PhoneNumber, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
