// Generated from bapi-2026-05-12.yml (UnsetUserPasswordCompromised). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersUnsetPasswordCompromised}: path, query and body keys by their wire names. */
export interface UsersUnsetPasswordCompromisedRequest {
  /** The ID of the user to unset the compromised status for */
  user_id: string;
}

const op: Operation<User> = {
  id: "UnsetUserPasswordCompromised",
  method: "POST",
  path: "/users/{user_id}/password/unset_compromised",
  response: User,
};

/**
 * Unset a user's password as compromised
 *
 * Sets the given user's password as no longer compromised. The user will no longer be prompted to reset their password on their next sign-in.
 *
 * If the user is in reserved-email password quarantine, the quarantine is preserved and the returned user will still have `requires_password_reset` set to `true`. Reserved-email password quarantine can only be cleared by completing a password reset or changing/removing the password.
 *
 * `POST /users/{user_id}/password/unset_compromised` · documented errors: 400, 401, 403, 404, 422
 */
export function usersUnsetPasswordCompromised(
  core: ClerkCore,
  request: UsersUnsetPasswordCompromisedRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
