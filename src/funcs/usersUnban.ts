// Generated from bapi-2026-05-12.yml (UnbanUser). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersUnban}: path, query and body keys by their wire names. */
export interface UsersUnbanRequest {
  /** The ID of the user to unban */
  user_id: string;
}

const op: Operation<User> = {
  id: "UnbanUser",
  method: "POST",
  path: "/users/{user_id}/unban",
  response: User,
};

/**
 * Unban a user
 *
 * Removes the ban mark from the given user.
 *
 * `POST /users/{user_id}/unban` · documented errors: 402
 */
export function usersUnban(
  core: ClerkCore,
  request: UsersUnbanRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<402>>> {
  return call(core, op, request, options);
}
