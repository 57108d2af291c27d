// Generated from bapi-2026-05-12.yml (ReplaceOrganizationMetadata). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Organization } from "../models/organization.js";

/** The request of {@link organizationsReplaceMetadata}: path, query and body keys by their wire names. */
export interface OrganizationsReplaceMetadataRequest {
  /** The ID of the organization whose metadata will be replaced */
  organization_id: string;
  /**
   * Metadata saved on the organization, that is visible to both your frontend and backend.
   * The existing value will be replaced entirely with the new object.
   */
  public_metadata?: Record<string, unknown>;
  /**
   * Metadata saved on the organization that is only visible to your backend.
   * The existing value will be replaced entirely with the new object.
   */
  private_metadata?: Record<string, unknown>;
}

const op: Operation<Organization> = {
  id: "ReplaceOrganizationMetadata",
  method: "PUT",
  path: "/organizations/{organization_id}/metadata",
  body: { public_metadata: "o", private_metadata: "o" },
  response: Organization,
};

/**
 * Replace metadata for an organization
 *
 * Replace an organization's metadata attributes with the provided values.
 * Unlike `PATCH /v1/organizations/{organization_id}/metadata` (merge semantics), this
 * endpoint replaces the supplied metadata fields entirely — the prior contents of each
 * supplied field are discarded. Fields omitted from the request body are left unchanged.
 * Prefer the `PATCH` endpoint for partial updates. Use `PUT` only when you explicitly
 * intend to overwrite a metadata field wholesale.
 *
 * `PUT /organizations/{organization_id}/metadata` · documented errors: 400, 401, 404, 422
 */
export function organizationsReplaceMetadata(
  core: ClerkCore,
  request: OrganizationsReplaceMetadataRequest,
  options?: CallOptions,
): Promise<Result<Organization, CallError<400 | 401 | 404 | 422>>> {
  return call(core, op, request, options);
}
