// Generated from bapi-2026-05-12.yml (ReplaceRoleSet). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";
import type { ReassignmentMappings } from "../models/reassignmentMappings.js";

/** The request of {@link roleSetsReplace}: path, query and body keys by their wire names. */
export interface RoleSetsReplaceRequest {
  /** The key or ID of the role set to replace */
  role_set_key_or_id: string;
  /** The key of the destination role set */
  dest_role_set_key: string;
  /**
   * Mappings from source role keys to destination role keys.
   * Required if members have roles that need to be reassigned.
   */
  reassignment_mappings?: ReassignmentMappings;
}

const op: Operation<DeletedObject> = {
  id: "ReplaceRoleSet",
  method: "POST",
  path: "/role_sets/{role_set_key_or_id}/replace",
  body: { dest_role_set_key: "s!", reassignment_mappings: "o" },
  response: DeletedObject,
};

/**
 * Replace a role set
 *
 * Replaces a role set with another role set. This is functionally equivalent to deleting
 * the role set but allows for atomic replacement with migration support.
 * Organizations using this role set will be migrated to the destination role set.
 *
 * `POST /role_sets/{role_set_key_or_id}/replace` · documented errors: 400, 401, 403, 404, 422
 */
export function roleSetsReplace(
  core: ClerkCore,
  request: RoleSetsReplaceRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
