// Generated from bapi-2026-05-12.yml (SetUserPasswordCompromised). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersSetPasswordCompromised}: path, query and body keys by their wire names. */
export interface UsersSetPasswordCompromisedRequest {
  /** The ID of the user to set the password as compromised */
  user_id: string;
  revoke_all_sessions?: boolean | null;
}

const op: Operation<User> = {
  id: "SetUserPasswordCompromised",
  method: "POST",
  path: "/users/{user_id}/password/set_compromised",
  body: { revoke_all_sessions: "b?" },
  response: User,
};

/**
 * Set a user's password as compromised
 *
 * Sets the given user's password as compromised. The user will be prompted to reset their password on their next sign-in.
 *
 * `POST /users/{user_id}/password/set_compromised` · documented errors: 400, 401, 403, 404, 422
 */
export function usersSetPasswordCompromised(
  core: ClerkCore,
  request: UsersSetPasswordCompromisedRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
