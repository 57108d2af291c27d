// Generated from bapi-2026-05-12.yml (RemovePermissionFromOrganizationRole). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Role } from "../models/role.js";

/** The request of {@link organizationRolesRemovePermission}: path, query and body keys by their wire names. */
export interface OrganizationRolesRemovePermissionRequest {
  /** The ID of the organization role */
  organization_role_id: string;
  /** The ID of the permission to remove */
  permission_id: string;
}

const op: Operation<Role> = {
  id: "RemovePermissionFromOrganizationRole",
  method: "DELETE",
  path: "/organization_roles/{organization_role_id}/permissions/{permission_id}",
  response: Role,
};

/**
 * Remove a permission from an organization role
 *
 * Removes a permission from an organization role
 *
 * `DELETE /organization_roles/{organization_role_id}/permissions/{permission_id}` · documented errors: 401, 403, 404, 422
 */
export function organizationRolesRemovePermission(
  core: ClerkCore,
  request: OrganizationRolesRemovePermissionRequest,
  options?: CallOptions,
): Promise<Result<Role, CallError<401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
