// Generated from bapi-2026-05-12.yml (BanUser). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersBan}: path, query and body keys by their wire names. */
export interface UsersBanRequest {
  /** The ID of the user to ban */
  user_id: string;
}

const op: Operation<User> = {
  id: "BanUser",
  method: "POST",
  path: "/users/{user_id}/ban",
  response: User,
};

/**
 * Ban a user
 *
 * Marks the given user as banned, which means that all their sessions are revoked and they are not allowed to sign in again.
 *
 * `POST /users/{user_id}/ban` · documented errors: 402
 */
export function usersBan(
  core: ClerkCore,
  request: UsersBanRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<402>>> {
  return call(core, op, request, options);
}
