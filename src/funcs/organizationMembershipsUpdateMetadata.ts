// Generated from bapi-2026-05-12.yml (UpdateOrganizationMembershipMetadata). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationMembership } from "../models/organizationMembership.js";

/** The request of {@link organizationMembershipsUpdateMetadata}: path, query and body keys by their wire names. */
export interface OrganizationMembershipsUpdateMetadataRequest {
  /** The ID of the organization to which this membership belongs */
  organization_id: string;
  /** The ID of the user to which this membership belongs */
  user_id: string;
  /**
   * Metadata saved on the organization membership, that is visible to both your frontend and backend.
   * The new object will be merged with the existing value.
   */
  public_metadata?: Record<string, unknown>;
  /**
   * Metadata saved on the organization membership that is only visible to your backend.
   * The new object will be merged with the existing value.
   */
  private_metadata?: Record<string, unknown>;
}

const op: Operation<OrganizationMembership> = {
  id: "UpdateOrganizationMembershipMetadata",
  method: "PATCH",
  path: "/organizations/{organization_id}/memberships/{user_id}/metadata",
  body: { public_metadata: "o", private_metadata: "o" },
  response: OrganizationMembership,
};

/**
 * Merge and update organization membership metadata
 *
 * Update an organization membership's metadata attributes by merging existing values with the provided parameters.
 * Metadata values will be updated via a deep merge. Deep means that any nested JSON objects will be merged as well.
 * You can remove metadata keys at any level by setting their value to `null`.
 *
 * `PATCH /organizations/{organization_id}/memberships/{user_id}/metadata` · documented errors: 400, 404, 422
 */
export function organizationMembershipsUpdateMetadata(
  core: ClerkCore,
  request: OrganizationMembershipsUpdateMetadataRequest,
  options?: CallOptions,
): Promise<Result<OrganizationMembership, CallError<400 | 404 | 422>>> {
  return call(core, op, request, options);
}
