// Generated from bapi-2026-05-12.yml (UsersUnban). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { User } from "../models/user.js";

/** The request of {@link usersBulkUnban}: path, query and body keys by their wire names. */
export interface UsersBulkUnbanRequest {
  /** Array of user IDs to unban */
  user_ids: string[];
}

const op: Operation<User[]> = {
  id: "UsersUnban",
  method: "POST",
  path: "/users/unban",
  body: { user_ids: "s[]!" },
  response: /*#__PURE__*/ s.array(User),
};

/**
 * Unban multiple users
 *
 * Removes the ban mark from multiple users.
 *
 * `POST /users/unban` · documented errors: 400, 402
 */
export function usersBulkUnban(
  core: ClerkCore,
  request: UsersBulkUnbanRequest,
  options?: CallOptions,
): Promise<Result<User[], CallError<400 | 402>>> {
  return call(core, op, request, options);
}
