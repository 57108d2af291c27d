// Generated from bapi-2026-05-12.yml (UserPasskeyDelete). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link usersDeletePasskey}: path, query and body keys by their wire names. */
export interface UsersDeletePasskeyRequest {
  /** The ID of the user that owns the passkey identity */
  user_id: string;
  /** The ID of the passkey identity to be deleted */
  passkey_identification_id: string;
}

const op: Operation<DeletedObject> = {
  id: "UserPasskeyDelete",
  method: "DELETE",
  path: "/users/{user_id}/passkeys/{passkey_identification_id}",
  response: DeletedObject,
};

/**
 * Delete a user passkey
 *
 * Delete the passkey identification for a given user and notify them through email.
 *
 * `DELETE /users/{user_id}/passkeys/{passkey_identification_id}` · documented errors: 403, 404, 500
 */
export function usersDeletePasskey(
  core: ClerkCore,
  request: UsersDeletePasskeyRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<403 | 404 | 500>>> {
  return call(core, op, request, options);
}
