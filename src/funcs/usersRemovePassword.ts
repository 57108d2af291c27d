// Generated from bapi-2026-05-12.yml (RemoveUserPassword). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersRemovePassword}: path, query and body keys by their wire names. */
export interface UsersRemovePasswordRequest {
  /** The ID of the user whose password to remove */
  user_id: string;
  /** Set to `true` to revoke all of the user's active sessions after removing the password. */
  sign_out_of_other_sessions?: boolean;
}

const op: Operation<User> = {
  id: "RemoveUserPassword",
  method: "POST",
  path: "/users/{user_id}/remove_password",
  body: { sign_out_of_other_sessions: "b" },
  response: User,
};

/**
 * Remove a user's password
 *
 * Removes the password credential from the given user. This is a privileged operation and does not require the user's current password. Password removal is allowed even when the user has no other sign-in method configured.
 *
 * If the user does not have a password, the user is returned unchanged and no password-deletion or user-update event is emitted. By default, existing sessions remain active. Set `sign_out_of_other_sessions` to `true` to revoke sessions active when the request is processed.
 *
 * `POST /users/{user_id}/remove_password` · documented errors: 400, 401, 403, 404, 500
 */
export function usersRemovePassword(
  core: ClerkCore,
  request: UsersRemovePasswordRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 403 | 404 | 500>>> {
  return call(core, op, request, options);
}
