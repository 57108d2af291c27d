// Generated from bapi-2026-05-12.yml (LockUser). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersLock}: path, query and body keys by their wire names. */
export interface UsersLockRequest {
  /** The ID of the user to lock */
  user_id: string;
}

const op: Operation<User> = {
  id: "LockUser",
  method: "POST",
  path: "/users/{user_id}/lock",
  response: User,
};

/**
 * Lock a user
 *
 * Marks the given user as locked, which means they are not allowed to sign in again until the lock expires.
 * Lock duration can be configured in the instance's restrictions settings.
 *
 * `POST /users/{user_id}/lock` · documented errors: 403
 */
export function usersLock(
  core: ClerkCore,
  request: UsersLockRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<403>>> {
  return call(core, op, request, options);
}
