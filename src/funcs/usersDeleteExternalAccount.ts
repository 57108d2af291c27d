// Generated from bapi-2026-05-12.yml (DeleteExternalAccount). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link usersDeleteExternalAccount}: path, query and body keys by their wire names. */
export interface UsersDeleteExternalAccountRequest {
  /** The ID of the user's external account */
  user_id: string;
  /** The ID of the external account to delete */
  external_account_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteExternalAccount",
  method: "DELETE",
  path: "/users/{user_id}/external_accounts/{external_account_id}",
  response: DeletedObject,
};

/**
 * Delete External Account
 *
 * Delete an external account by ID.
 *
 * `DELETE /users/{user_id}/external_accounts/{external_account_id}` · documented errors: 400, 403, 404, 500
 */
export function usersDeleteExternalAccount(
  core: ClerkCore,
  request: UsersDeleteExternalAccountRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<400 | 403 | 404 | 500>>> {
  return call(core, op, request, options);
}
