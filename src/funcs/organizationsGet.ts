// Generated from bapi-2026-05-12.yml (GetOrganization). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Organization } from "../models/organization.js";

/** The request of {@link organizationsGet}: path, query and body keys by their wire names. */
export interface OrganizationsGetRequest {
  /** The ID or slug of the organization */
  organization_id: string;
  /** Flag to denote whether or not the organization's members count should be included in the response. */
  include_members_count?: boolean;
  /** Flag to denote whether or not to include a member with elevated permissions who is not currently a member of the organization. */
  include_missing_member_with_elevated_permissions?: boolean;
}

const op: Operation<Organization> = {
  id: "GetOrganization",
  method: "GET",
  path: "/organizations/{organization_id}",
  query: { include_members_count: "b", include_missing_member_with_elevated_permissions: "b" },
  response: Organization,
};

/**
 * Retrieve an organization by ID or slug
 *
 * Fetches the organization whose ID or slug matches the provided `id_or_slug` URL query parameter.
 *
 * `GET /organizations/{organization_id}` · documented errors: 403, 404
 */
export function organizationsGet(
  core: ClerkCore,
  request: OrganizationsGetRequest,
  options?: CallOptions,
): Promise<Result<Organization, CallError<403 | 404>>> {
  return call(core, op, request, options);
}
