// Generated from bapi-2026-05-12.yml (GetUser). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { User } from "../models/user.js";

/** The request of {@link usersGet}: path, query and body keys by their wire names. */
export interface UsersGetRequest {
  /** The ID of the user to retrieve */
  user_id: string;
}

const op: Operation<User> = {
  id: "GetUser",
  method: "GET",
  path: "/users/{user_id}",
  response: User,
};

/**
 * Retrieve a user
 *
 * Retrieve the details of a user
 *
 * `GET /users/{user_id}` · documented errors: 400, 401, 404
 */
export function usersGet(
  core: ClerkCore,
  request: UsersGetRequest,
  options?: CallOptions,
): Promise<Result<User, CallError<400 | 401 | 404>>> {
  return call(core, op, request, options);
}
