// Generated from bapi-2026-05-12.yml (DeleteUser). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link usersDelete}: path, query and body keys by their wire names. */
export interface UsersDeleteRequest {
  /** The ID of the user to delete */
  user_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteUser",
  method: "DELETE",
  path: "/users/{user_id}",
  response: DeletedObject,
};

/**
 * Delete a user
 *
 * Delete the specified user
 *
 * `DELETE /users/{user_id}` · documented errors: 400, 401, 404
 */
export function usersDelete(
  core: ClerkCore,
  request: UsersDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<400 | 401 | 404>>> {
  return call(core, op, request, options);
}
