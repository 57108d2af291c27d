// Generated from bapi-2026-05-12.yml (VerifyTOTP). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link usersVerifyTotp}: path, query and body keys by their wire names. */
export interface UsersVerifyTotpRequest {
  /** The ID of the user for whom to verify the TOTP */
  user_id: string;
  /** The TOTP or backup code to verify */
  code: string;
}

/** What {@link usersVerifyTotp} returns. */
export interface UsersVerifyTotpResponse {
  verified?: boolean;
  code_type?: "totp" | "backup_code" | (string & {});
}

const op: Operation<UsersVerifyTotpResponse> = {
  id: "VerifyTOTP",
  method: "POST",
  path: "/users/{user_id}/verify_totp",
  body: { code: "s!" },
  response: /*#__PURE__*/ s.looseObject({
    verified: s.exactOptional(s.boolean),
    code_type: s.exactOptional(s.string),
  }),
};

/**
 * Verify a TOTP or backup code for a user
 *
 * Verify that the provided TOTP or backup code is valid for the user.
 * Verifying a backup code will result it in being consumed (i.e. it will
 * become invalid).
 * Useful for custom auth flows and re-verification.
 *
 * `POST /users/{user_id}/verify_totp` · documented errors: 400, 404, 422, 500
 */
export function usersVerifyTotp(
  core: ClerkCore,
  request: UsersVerifyTotpRequest,
  options?: CallOptions,
): Promise<Result<UsersVerifyTotpResponse, CallError<400 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
