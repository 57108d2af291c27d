// Generated from bapi-2026-05-12.yml (AddRolesToRoleSet). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { RoleSet } from "../models/roleSet.js";

/** The request of {@link roleSetsAddRoles}: path, query and body keys by their wire names. */
export interface RoleSetsAddRolesRequest {
  /** The key or ID of the role set */
  role_set_key_or_id: string;
  /**
   * Array of role keys to add to the role set.
   * Must contain at least one role and no more than 10 roles.
   */
  role_keys: string[];
  /** Optionally update the default role to one of the newly added roles. */
  default_role_key?: string;
  /** Optionally update the creator role to one of the newly added roles. */
  creator_role_key?: string;
}

const op: Operation<RoleSet> = {
  id: "AddRolesToRoleSet",
  method: "POST",
  path: "/role_sets/{role_set_key_or_id}/roles",
  body: { role_keys: "s[]!", default_role_key: "s", creator_role_key: "s" },
  response: RoleSet,
};

/**
 * Add roles to a role set
 *
 * Adds one or more roles to an existing role set.
 * You can optionally update the default role or creator role when adding new roles.
 *
 * `POST /role_sets/{role_set_key_or_id}/roles` · documented errors: 400, 401, 403, 404, 422
 */
export function roleSetsAddRoles(
  core: ClerkCore,
  request: RoleSetsAddRolesRequest,
  options?: CallOptions,
): Promise<Result<RoleSet, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
