// Generated from bapi-2026-05-12.yml (DeleteBackupCode). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { UsersDeleteBackupCodesResponse } from "../models/usersDeleteBackupCodesResponse.js";

/** The request of {@link usersDeleteBackupCodes}: path, query and body keys by their wire names. */
export interface UsersDeleteBackupCodesRequest {
  /** The ID of the user whose backup codes are to be deleted. */
  user_id: string;
}

export type { UsersDeleteBackupCodesResponse };

const op: Operation<UsersDeleteBackupCodesResponse> = {
  id: "DeleteBackupCode",
  method: "DELETE",
  path: "/users/{user_id}/backup_code",
  response: UsersDeleteBackupCodesResponse,
};

/**
 * Disable all user's Backup codes
 *
 * Disable all of a user's backup codes.
 *
 * `DELETE /users/{user_id}/backup_code` · documented errors: 404, 500
 */
export function usersDeleteBackupCodes(
  core: ClerkCore,
  request: UsersDeleteBackupCodesRequest,
  options?: CallOptions,
): Promise<Result<UsersDeleteBackupCodesResponse, CallError<404 | 500>>> {
  return call(core, op, request, options);
}
