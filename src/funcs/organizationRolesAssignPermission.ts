// Generated from bapi-2026-05-12.yml (AssignPermissionToOrganizationRole). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Role } from "../models/role.js";

/** The request of {@link organizationRolesAssignPermission}: path, query and body keys by their wire names. */
export interface OrganizationRolesAssignPermissionRequest {
  /** The ID of the organization role */
  organization_role_id: string;
  /** The ID of the permission to assign */
  permission_id: string;
}

const op: Operation<Role> = {
  id: "AssignPermissionToOrganizationRole",
  method: "POST",
  path: "/organization_roles/{organization_role_id}/permissions/{permission_id}",
  response: Role,
};

/**
 * Assign a permission to an organization role
 *
 * Assigns a permission to an organization role
 *
 * `POST /organization_roles/{organization_role_id}/permissions/{permission_id}` · documented errors: 401, 403, 404, 409
 */
export function organizationRolesAssignPermission(
  core: ClerkCore,
  request: OrganizationRolesAssignPermissionRequest,
  options?: CallOptions,
): Promise<Result<Role, CallError<401 | 403 | 404 | 409>>> {
  return call(core, op, request, options);
}
