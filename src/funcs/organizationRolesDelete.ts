// Generated from bapi-2026-05-12.yml (DeleteOrganizationRole). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link organizationRolesDelete}: path, query and body keys by their wire names. */
export interface OrganizationRolesDeleteRequest {
  /** The ID of the organization role to delete */
  organization_role_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteOrganizationRole",
  method: "DELETE",
  path: "/organization_roles/{organization_role_id}",
  response: DeletedObject,
};

/**
 * Delete an organization role
 *
 * Deletes the organization role.
 * The role cannot be deleted if it is currently used as the default creator role, domain default role, assigned to any members, or exists in any invitations.
 *
 * `DELETE /organization_roles/{organization_role_id}` · documented errors: 401, 403, 404, 422
 */
export function organizationRolesDelete(
  core: ClerkCore,
  request: OrganizationRolesDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
