// Generated from bapi-2026-05-12.yml (CreateOrganizationDomain). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationDomain } from "../models/organizationDomain.js";

/** The request of {@link organizationDomainsCreate}: path, query and body keys by their wire names. */
export interface OrganizationDomainsCreateRequest {
  /** The ID of the organization where the new domain will be created. */
  organization_id: string;
  /** The name of the new domain */
  name?: string;
  /** The enrollment_mode for the new domain. This can be `automatic_invitation`, `automatic_suggestion`, `manual_invitation` or `enterprise_sso` */
  enrollment_mode?: string;
  /** The status of domain's verification. Defaults to true */
  verified?: boolean | null;
}

const op: Operation<OrganizationDomain> = {
  id: "CreateOrganizationDomain",
  method: "POST",
  path: "/organizations/{organization_id}/domains",
  body: { name: "s", enrollment_mode: "s", verified: "b?" },
  response: OrganizationDomain,
};

/**
 * Create a new organization domain.
 *
 * Creates a new organization domain. By default the domain is verified, but can be optionally set to unverified.
 *
 * `POST /organizations/{organization_id}/domains` · documented errors: 400, 403, 404, 422
 */
export function organizationDomainsCreate(
  core: ClerkCore,
  request: OrganizationDomainsCreateRequest,
  options?: CallOptions,
): Promise<Result<OrganizationDomain, CallError<400 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
