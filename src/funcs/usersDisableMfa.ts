// Generated from bapi-2026-05-12.yml (DisableMFA). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { UsersDeleteBackupCodesResponse } from "../models/usersDeleteBackupCodesResponse.js";

/** The request of {@link usersDisableMfa}: path, query and body keys by their wire names. */
export interface UsersDisableMfaRequest {
  /** The ID of the user whose MFA methods are to be disabled */
  user_id: string;
}

/** What {@link usersDisableMfa} returns: the shared {@link UsersDeleteBackupCodesResponse} model. */
export type UsersDisableMfaResponse = UsersDeleteBackupCodesResponse;

const op: Operation<UsersDeleteBackupCodesResponse> = {
  id: "DisableMFA",
  method: "DELETE",
  path: "/users/{user_id}/mfa",
  response: UsersDeleteBackupCodesResponse,
};

/**
 * Disable a user's MFA methods
 *
 * Disable all of a user's MFA methods (e.g. OTP sent via SMS, TOTP on their authenticator app) at once.
 *
 * `DELETE /users/{user_id}/mfa` · documented errors: 404, 500
 */
export function usersDisableMfa(
  core: ClerkCore,
  request: UsersDisableMfaRequest,
  options?: CallOptions,
): Promise<Result<UsersDeleteBackupCodesResponse, CallError<404 | 500>>> {
  return call(core, op, request, options);
}
