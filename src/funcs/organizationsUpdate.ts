// Generated from bapi-2026-05-12.yml (UpdateOrganization). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Organization } from "../models/organization.js";

/** The request of {@link organizationsUpdate}: path, query and body keys by their wire names. */
export interface OrganizationsUpdateRequest {
  /** The ID of the organization to update */
  organization_id: string;
  /**
   * The new name of the organization.
   * May not contain URLs or HTML.
   * Max length: 256
   */
  name?: string | null;
  /** The new slug of the organization, which needs to be unique in the instance */
  slug?: string | null;
  /** The maximum number of memberships allowed for this organization */
  max_allowed_memberships?: number | null;
  /** If true, an admin can delete this organization with the Frontend API. */
  admin_delete_enabled?: boolean | null;
  /** A custom date/time denoting _when_ the organization was created, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`). */
  created_at?: string | null;
  /** The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) to assign to this organization. */
  role_set_key?: string | null;
}

const op: Operation<Organization> = {
  id: "UpdateOrganization",
  method: "PATCH",
  path: "/organizations/{organization_id}",
  body: { name: "s?", slug: "s?", max_allowed_memberships: "i?", admin_delete_enabled: "b?", created_at: "s?", role_set_key: "s?" },
  response: Organization,
};

/**
 * Update an organization
 *
 * Updates an existing organization.
 *
 * As of API version 2026-05-12, this endpoint no longer accepts `public_metadata` or `private_metadata`.
 * Use `PATCH /v1/organizations/{organization_id}/metadata` to merge updates into existing metadata, or `PUT /v1/organizations/{organization_id}/metadata` to replace a metadata field entirely.
 *
 * `PATCH /organizations/{organization_id}` · documented errors: 400, 402, 403, 404, 422
 */
export function organizationsUpdate(
  core: ClerkCore,
  request: OrganizationsUpdateRequest,
  options?: CallOptions,
): Promise<Result<Organization, CallError<400 | 402 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
