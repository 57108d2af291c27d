// Generated from bapi-2026-05-12.yml (UpdateOrganizationMembership). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationMembership } from "../models/organizationMembership.js";

/** The request of {@link organizationMembershipsUpdate}: path, query and body keys by their wire names. */
export interface OrganizationMembershipsUpdateRequest {
  /** The ID of the organization to which this membership belongs */
  organization_id: string;
  /** The ID of the user to which this membership belongs */
  user_id: string;
  /** The new role of the given membership. */
  role: string;
}

const op: Operation<OrganizationMembership> = {
  id: "UpdateOrganizationMembership",
  method: "PATCH",
  path: "/organizations/{organization_id}/memberships/{user_id}",
  body: { role: "s!" },
  response: OrganizationMembership,
};

/**
 * Update an organization membership
 *
 * Updates the properties of an existing organization membership
 *
 * `PATCH /organizations/{organization_id}/memberships/{user_id}` · documented errors: 404, 422
 */
export function organizationMembershipsUpdate(
  core: ClerkCore,
  request: OrganizationMembershipsUpdateRequest,
  options?: CallOptions,
): Promise<Result<OrganizationMembership, CallError<404 | 422>>> {
  return call(core, op, request, options);
}
