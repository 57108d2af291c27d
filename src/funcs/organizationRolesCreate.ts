// Generated from bapi-2026-05-12.yml (CreateOrganizationRole). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Role } from "../models/role.js";

/** The request of {@link organizationRolesCreate}: path, query and body keys by their wire names. */
export interface OrganizationRolesCreateRequest {
  /** The name of the new organization role */
  name: string;
  /** A unique key for the organization role. Must start with 'org:' and contain only lowercase alphanumeric characters and underscores. */
  key: string;
  /** Optional description for the role */
  description?: string | null;
  /** Array of permission IDs to assign to the role */
  permissions?: string[] | null;
  /** Whether this role should be included in the initial role set */
  include_in_initial_role_set?: boolean | null;
}

const op: Operation<Role> = {
  id: "CreateOrganizationRole",
  method: "POST",
  path: "/organization_roles",
  body: { name: "s!", key: "s!", description: "s?", permissions: "s[]?", include_in_initial_role_set: "b?" },
  response: Role,
};

/**
 * Create an organization role
 *
 * Creates a new organization role with the given name and permissions for an instance.
 * The key must be unique for the instance and start with the 'org:' prefix, followed by lowercase alphanumeric characters and underscores only.
 * You can optionally provide a description for the role and specify whether it should be included in the initial role set.
 * Organization roles support permissions that can be assigned to control access within the organization.
 *
 * `POST /organization_roles` · documented errors: 400, 401, 402, 403, 404, 422
 */
export function organizationRolesCreate(
  core: ClerkCore,
  request: OrganizationRolesCreateRequest,
  options?: CallOptions,
): Promise<Result<Role, CallError<400 | 401 | 402 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
