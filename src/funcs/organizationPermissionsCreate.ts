// Generated from bapi-2026-05-12.yml (CreateOrganizationPermission). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Permission } from "../models/permission.js";

/** The request of {@link organizationPermissionsCreate}: path, query and body keys by their wire names. */
export interface OrganizationPermissionsCreateRequest {
  /** The name of the permission. */
  name: string;
  /** The key of the permission. Must have the format "org:feature:action" where feature and action are segments consisting of lowercase letters, digits, or underscores, for example "org:billing:manage" or "org:team:read". Cannot begin with "org:sys_" as that prefix is reserved for system permissions. */
  key: string;
  /** A description of the permission. */
  description?: string;
}

const op: Operation<Permission> = {
  id: "CreateOrganizationPermission",
  method: "POST",
  path: "/organization_permissions",
  body: { name: "s!", key: "s!", description: "s" },
  response: Permission,
};

/**
 * Create a new organization permission
 *
 * Creates a new organization permission for the given instance.
 *
 * `POST /organization_permissions` · documented errors: 400, 401, 402, 404, 422
 */
export function organizationPermissionsCreate(
  core: ClerkCore,
  request: OrganizationPermissionsCreateRequest,
  options?: CallOptions,
): Promise<Result<Permission, CallError<400 | 401 | 402 | 404 | 422>>> {
  return call(core, op, request, options);
}
