// Generated from bapi-2026-05-12.yml (UpdateOrganizationRole). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Role } from "../models/role.js";

/** The request of {@link organizationRolesUpdate}: path, query and body keys by their wire names. */
export interface OrganizationRolesUpdateRequest {
  /** The ID of the organization role to update */
  organization_role_id: string;
  /** The new name for the organization role */
  name?: string | null;
  /** A unique key for the organization role. Must start with 'org:' and contain only lowercase alphanumeric characters and underscores. */
  key?: string | null;
  /** Optional description for the role */
  description?: string | null;
  /** Array of permission IDs to assign to the role. If provided, this will replace the existing permissions. */
  permissions?: string[] | null;
}

const op: Operation<Role> = {
  id: "UpdateOrganizationRole",
  method: "PATCH",
  path: "/organization_roles/{organization_role_id}",
  body: { name: "s?", key: "s?", description: "s?", permissions: "s[]?" },
  response: Role,
};

/**
 * Update an organization role
 *
 * Updates an existing organization role.
 * You can update the name, key, description, and permissions of the role.
 * All parameters are optional - you can update only the fields you want to change.
 * If the role is used as a creator role or domain default role, updating the key will cascade the update to the organization settings.
 *
 * `PATCH /organization_roles/{organization_role_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function organizationRolesUpdate(
  core: ClerkCore,
  request: OrganizationRolesUpdateRequest,
  options?: CallOptions,
): Promise<Result<Role, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
