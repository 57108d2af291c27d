// Generated from bapi-2026-05-12.yml (GetOrganizationRole). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Role } from "../models/role.js";

/** The request of {@link organizationRolesGet}: path, query and body keys by their wire names. */
export interface OrganizationRolesGetRequest {
  /** The ID of the organization role */
  organization_role_id: string;
}

const op: Operation<Role> = {
  id: "GetOrganizationRole",
  method: "GET",
  path: "/organization_roles/{organization_role_id}",
  response: Role,
};

/**
 * Retrieve an organization role
 *
 * Use this request to retrieve an existing organization role by its ID.
 *
 * `GET /organization_roles/{organization_role_id}` · documented errors: 401, 403, 404
 */
export function organizationRolesGet(
  core: ClerkCore,
  request: OrganizationRolesGetRequest,
  options?: CallOptions,
): Promise<Result<Role, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
