// Generated from bapi-2026-05-12.yml (DeleteTOTP). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { UsersDeleteBackupCodesResponse } from "../models/usersDeleteBackupCodesResponse.js";

/** The request of {@link usersDeleteTOTP}: path, query and body keys by their wire names. */
export interface UsersDeleteTOTPRequest {
  /** The ID of the user whose TOTPs are to be deleted */
  user_id: string;
}

/** What {@link usersDeleteTOTP} returns: the shared {@link UsersDeleteBackupCodesResponse} model. */
export type UsersDeleteTOTPResponse = UsersDeleteBackupCodesResponse;

const op: Operation<UsersDeleteBackupCodesResponse> = {
  id: "DeleteTOTP",
  method: "DELETE",
  path: "/users/{user_id}/totp",
  response: UsersDeleteBackupCodesResponse,
};

/**
 * Delete all the user's TOTPs
 *
 * Deletes all of the user's TOTPs.
 *
 * `DELETE /users/{user_id}/totp` · documented errors: 404, 500
 */
export function usersDeleteTOTP(
  core: ClerkCore,
  request: UsersDeleteTOTPRequest,
  options?: CallOptions,
): Promise<Result<UsersDeleteBackupCodesResponse, CallError<404 | 500>>> {
  return call(core, op, request, options);
}
