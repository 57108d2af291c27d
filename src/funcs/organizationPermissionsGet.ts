// Generated from bapi-2026-05-12.yml (GetOrganizationPermission). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Permission } from "../models/permission.js";

/** The request of {@link organizationPermissionsGet}: path, query and body keys by their wire names. */
export interface OrganizationPermissionsGetRequest {
  /** The ID of the permission to retrieve */
  permission_id: string;
}

const op: Operation<Permission> = {
  id: "GetOrganizationPermission",
  method: "GET",
  path: "/organization_permissions/{permission_id}",
  response: Permission,
};

/**
 * Get an organization permission
 *
 * Retrieves the details of an organization permission.
 *
 * `GET /organization_permissions/{permission_id}` · documented errors: 401, 404
 */
export function organizationPermissionsGet(
  core: ClerkCore,
  request: OrganizationPermissionsGetRequest,
  options?: CallOptions,
): Promise<Result<Permission, CallError<401 | 404>>> {
  return call(core, op, request, options);
}
