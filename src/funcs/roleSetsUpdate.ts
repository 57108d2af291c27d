// Generated from bapi-2026-05-12.yml (UpdateRoleSet). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { RoleSet } from "../models/roleSet.js";

/** The request of {@link roleSetsUpdate}: path, query and body keys by their wire names. */
export interface RoleSetsUpdateRequest {
  /** The key or ID of the role set to update */
  role_set_key_or_id: string;
  /** The new name for the role set */
  name?: string | null;
  /** A unique key for the role set. Must start with 'role_set:' and contain only lowercase alphanumeric characters and underscores. */
  key?: string | null;
  /** Optional description for the role set */
  description?: string | null;
  /**
   * Set to "initial" to make this the default role set for new organizations.
   * Only one role set can be "initial" per instance; setting this will change any existing initial role set to "custom".
   */
  type?: "initial" | null;
  /**
   * The key of the role to use as the default role for new organization members.
   * Must be an existing role in the role set.
   */
  default_role_key?: string | null;
  /**
   * The key of the role to assign to organization creators.
   * Must be an existing role in the role set.
   */
  creator_role_key?: string | null;
}

const op: Operation<RoleSet> = {
  id: "UpdateRoleSet",
  method: "PATCH",
  path: "/role_sets/{role_set_key_or_id}",
  body: { name: "s?", key: "s?", description: "s?", type: "s?", default_role_key: "s?", creator_role_key: "s?" },
  response: RoleSet,
};

/**
 * Update a role set
 *
 * Updates an existing role set.
 * You can update the name, key, description, type, default role, or creator role.
 * All parameters are optional - you can update only the fields you want to change.
 *
 * `PATCH /role_sets/{role_set_key_or_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function roleSetsUpdate(
  core: ClerkCore,
  request: RoleSetsUpdateRequest,
  options?: CallOptions,
): Promise<Result<RoleSet, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
