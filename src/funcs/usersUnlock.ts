// Generated from bapi-2026-05-12.yml (UnlockUser). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersUnlock}: path, query and body keys by their wire names. */
export interface UsersUnlockRequest {
  /** The ID of the user to unlock */
  user_id: string;
}

const op: Operation<User> = {
  id: "UnlockUser",
  method: "POST",
  path: "/users/{user_id}/unlock",
  response: User,
};

/**
 * Unlock a user
 *
 * Removes the lock from the given user.
 *
 * `POST /users/{user_id}/unlock` · documented errors: 403
 */
export function usersUnlock(
  core: ClerkCore,
  request: UsersUnlockRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<403>>> {
  return call(core, op, request, options);
}
