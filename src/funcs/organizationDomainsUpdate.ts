// Generated from bapi-2026-05-12.yml (UpdateOrganizationDomain). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationDomain } from "../models/organizationDomain.js";

/** The request of {@link organizationDomainsUpdate}: path, query and body keys by their wire names. */
export interface OrganizationDomainsUpdateRequest {
  /** The ID of the organization to which the domain belongs */
  organization_id: string;
  /** The ID of the domain */
  domain_id: string;
  /** The enrollment_mode for the new domain. This can be `automatic_invitation`, `automatic_suggestion`, `manual_invitation` or `enterprise_sso` */
  enrollment_mode?: string | null;
  /** The status of the domain's verification */
  verified?: boolean | null;
}

const op: Operation<OrganizationDomain> = {
  id: "UpdateOrganizationDomain",
  method: "PATCH",
  path: "/organizations/{organization_id}/domains/{domain_id}",
  body: { enrollment_mode: "s?", verified: "b?" },
  response: OrganizationDomain,
};

/**
 * Update an organization domain.
 *
 * Updates the properties of an existing organization domain.
 *
 * `PATCH /organizations/{organization_id}/domains/{domain_id}` · documented errors: 400, 403, 404, 422
 */
export function organizationDomainsUpdate(
  core: ClerkCore,
  request: OrganizationDomainsUpdateRequest,
  options?: CallOptions,
): Promise<Result<OrganizationDomain, CallError<400 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
