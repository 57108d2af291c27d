// Generated from bapi-2026-05-12.yml (UpdateOrganizationPermission). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Permission } from "../models/permission.js";

/** The request of {@link organizationPermissionsUpdate}: path, query and body keys by their wire names. */
export interface OrganizationPermissionsUpdateRequest {
  /** The ID of the permission to update */
  permission_id: string;
  /** The name of the permission. */
  name?: string;
  /** The key of the permission. Must have the format "org:feature:action" where feature and action are segments consisting of lowercase letters, digits, or underscores. Cannot begin with "org:sys_" as that prefix is reserved for system permissions. */
  key?: string;
  /** A description of the permission. */
  description?: string;
}

const op: Operation<Permission> = {
  id: "UpdateOrganizationPermission",
  method: "PATCH",
  path: "/organization_permissions/{permission_id}",
  body: { name: "s", key: "s", description: "s" },
  response: Permission,
};

/**
 * Update an organization permission
 *
 * Updates the properties of an existing organization permission.
 * System permissions cannot be updated.
 *
 * `PATCH /organization_permissions/{permission_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function organizationPermissionsUpdate(
  core: ClerkCore,
  request: OrganizationPermissionsUpdateRequest,
  options?: CallOptions,
): Promise<Result<Permission, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
