// Generated from bapi-2026-05-12.yml (UsersBan). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { User } from "../models/user.js";

/** The request of {@link usersBulkBan}: path, query and body keys by their wire names. */
export interface UsersBulkBanRequest {
  /** Array of user IDs to ban */
  user_ids: string[];
}

const op: Operation<User[]> = {
  id: "UsersBan",
  method: "POST",
  path: "/users/ban",
  body: { user_ids: "s[]!" },
  response: /*#__PURE__*/ s.array(User),
};

/**
 * Ban multiple users
 *
 * Marks multiple users as banned, which means that all their sessions are revoked and they are not allowed to sign in again.
 *
 * `POST /users/ban` · documented errors: 400, 402
 */
export function usersBulkBan(
  core: ClerkCore,
  request: UsersBulkBanRequest,
  options?: CallOptions,
): Promise<Result<User[], CallError<400 | 402>>> {
  return call(core, op, request, options);
}
