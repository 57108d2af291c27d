// Generated from bapi-2026-05-12.yml (DeleteOrganizationPermission). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link organizationPermissionsDelete}: path, query and body keys by their wire names. */
export interface OrganizationPermissionsDeleteRequest {
  /** The ID of the permission to delete */
  permission_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteOrganizationPermission",
  method: "DELETE",
  path: "/organization_permissions/{permission_id}",
  response: DeletedObject,
};

/**
 * Delete an organization permission
 *
 * Deletes an organization permission.
 * System permissions cannot be deleted.
 *
 * `DELETE /organization_permissions/{permission_id}` · documented errors: 401, 403, 404
 */
export function organizationPermissionsDelete(
  core: ClerkCore,
  request: OrganizationPermissionsDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
