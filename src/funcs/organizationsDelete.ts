// Generated from bapi-2026-05-12.yml (DeleteOrganization). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link organizationsDelete}: path, query and body keys by their wire names. */
export interface OrganizationsDeleteRequest {
  /** The ID of the organization to delete */
  organization_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteOrganization",
  method: "DELETE",
  path: "/organizations/{organization_id}",
  response: DeletedObject,
};

/**
 * Delete an organization
 *
 * Deletes the given organization.
 * Please note that deleting an organization will also delete all memberships and invitations.
 * This is not reversible.
 *
 * After the organization is deleted, any user's active sessions that contain the deleted
 * organization will be cleared.
 *
 * `DELETE /organizations/{organization_id}` · documented errors: 404
 */
export function organizationsDelete(
  core: ClerkCore,
  request: OrganizationsDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<404>>> {
  return call(core, op, request, options);
}
