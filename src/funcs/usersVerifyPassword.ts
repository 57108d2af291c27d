// Generated from bapi-2026-05-12.yml (VerifyPassword). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link usersVerifyPassword}: path, query and body keys by their wire names. */
export interface UsersVerifyPasswordRequest {
  /** The ID of the user for whom to verify the password */
  user_id: string;
  /** The user password to verify */
  password: string;
}

/** What {@link usersVerifyPassword} returns. */
export interface UsersVerifyPasswordResponse {
  verified?: boolean;
}

const op: Operation<UsersVerifyPasswordResponse> = {
  id: "VerifyPassword",
  method: "POST",
  path: "/users/{user_id}/verify_password",
  body: { password: "s!" },
  response: /*#__PURE__*/ s.looseObject({
    verified: s.exactOptional(s.boolean),
  }),
};

/**
 * Verify the password of a user
 *
 * Check that the user's password matches the supplied input.
 * Useful for custom auth flows and re-verification.
 *
 * `POST /users/{user_id}/verify_password` · documented errors: 400, 404, 422, 500
 */
export function usersVerifyPassword(
  core: ClerkCore,
  request: UsersVerifyPasswordRequest,
  options?: CallOptions,
): Promise<Result<UsersVerifyPasswordResponse, CallError<400 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
