// Generated from bapi-2026-05-12.yml (MergeOrganizationMetadata). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Organization } from "../models/organization.js";

/** The request of {@link organizationsMergeMetadata}: path, query and body keys by their wire names. */
export interface OrganizationsMergeMetadataRequest {
  /** The ID of the organization for which metadata will be merged or updated */
  organization_id: string;
  /**
   * Metadata saved on the organization, that is visible to both your frontend and backend.
   * The new object will be merged with the existing value.
   */
  public_metadata?: Record<string, unknown>;
  /**
   * Metadata saved on the organization that is only visible to your backend.
   * The new object will be merged with the existing value.
   */
  private_metadata?: Record<string, unknown>;
}

const op: Operation<Organization> = {
  id: "MergeOrganizationMetadata",
  method: "PATCH",
  path: "/organizations/{organization_id}/metadata",
  body: { public_metadata: "o", private_metadata: "o" },
  response: Organization,
};

/**
 * Merge and update metadata for an organization
 *
 * Update organization metadata attributes by merging existing values with the provided parameters.
 * Metadata values will be updated via a deep merge.
 * Deep meaning that any nested JSON objects will be merged as well.
 * You can remove metadata keys at any level by setting their value to `null`.
 *
 * `PATCH /organizations/{organization_id}/metadata` · documented errors: 400, 401, 404, 422
 */
export function organizationsMergeMetadata(
  core: ClerkCore,
  request: OrganizationsMergeMetadataRequest,
  options?: CallOptions,
): Promise<Result<Organization, CallError<400 | 401 | 404 | 422>>> {
  return call(core, op, request, options);
}
