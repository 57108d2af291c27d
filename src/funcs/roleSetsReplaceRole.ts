// Generated from bapi-2026-05-12.yml (ReplaceRoleInRoleSet). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { RoleSet } from "../models/roleSet.js";

/** The request of {@link roleSetsReplaceRole}: path, query and body keys by their wire names. */
export interface RoleSetsReplaceRoleRequest {
  /** The key or ID of the role set */
  role_set_key_or_id: string;
  /** The key of the role to remove from the role set */
  role_key: string;
  /** The key of the role to reassign members to */
  to_role_key: string;
}

const op: Operation<RoleSet> = {
  id: "ReplaceRoleInRoleSet",
  method: "POST",
  path: "/role_sets/{role_set_key_or_id}/roles/replace",
  body: { role_key: "s!", to_role_key: "s!" },
  response: RoleSet,
};

/**
 * Replace a role in a role set
 *
 * Replaces a role in a role set with another role. This atomically removes
 * the source role and reassigns any members to the destination role.
 *
 * `POST /role_sets/{role_set_key_or_id}/roles/replace` · documented errors: 400, 401, 403, 404, 422
 */
export function roleSetsReplaceRole(
  core: ClerkCore,
  request: RoleSetsReplaceRoleRequest,
  options?: CallOptions,
): Promise<Result<RoleSet, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
