// Generated from bapi-2026-05-12.yml (DeleteOrganizationLogo). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Organization } from "../models/organization.js";

/** The request of {@link organizationsDeleteLogo}: path, query and body keys by their wire names. */
export interface OrganizationsDeleteLogoRequest {
  /** The ID of the organization for which the logo will be deleted. */
  organization_id: string;
}

const op: Operation<Organization> = {
  id: "DeleteOrganizationLogo",
  method: "DELETE",
  path: "/organizations/{organization_id}/logo",
  response: Organization,
};

/**
 * Delete the organization's logo.
 *
 * Delete the organization's logo.
 *
 * `DELETE /organizations/{organization_id}/logo` · documented errors: 404
 */
export function organizationsDeleteLogo(
  core: ClerkCore,
  request: OrganizationsDeleteLogoRequest,
  options?: CallOptions,
): Promise<Result<Organization, CallError<404>>> {
  return call(core, op, request, options);
}
