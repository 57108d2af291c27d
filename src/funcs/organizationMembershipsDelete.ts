// Generated from bapi-2026-05-12.yml (DeleteOrganizationMembership). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationMembership } from "../models/organizationMembership.js";

/** The request of {@link organizationMembershipsDelete}: path, query and body keys by their wire names. */
export interface OrganizationMembershipsDeleteRequest {
  /** The ID of the organization to which this membership belongs */
  organization_id: string;
  /** The ID of the user to which this membership belongs */
  user_id: string;
}

const op: Operation<OrganizationMembership> = {
  id: "DeleteOrganizationMembership",
  method: "DELETE",
  path: "/organizations/{organization_id}/memberships/{user_id}",
  response: OrganizationMembership,
};

/**
 * Remove a member from an organization
 *
 * Removes the given membership from the organization
 *
 * `DELETE /organizations/{organization_id}/memberships/{user_id}` · documented errors: 401, 404, 422
 */
export function organizationMembershipsDelete(
  core: ClerkCore,
  request: OrganizationMembershipsDeleteRequest,
  options?: CallOptions,
): Promise<Result<OrganizationMembership, CallError<401 | 404 | 422>>> {
  return call(core, op, request, options);
}
