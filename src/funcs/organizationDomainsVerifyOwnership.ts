// Generated from bapi-2026-05-12.yml (VerifyOrganizationDomainOwnership). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationDomain } from "../models/organizationDomain.js";

/** The request of {@link organizationDomainsVerifyOwnership}: path, query and body keys by their wire names. */
export interface OrganizationDomainsVerifyOwnershipRequest {
  /** The ID of the organization to which the domain belongs */
  organization_id: string;
  /** The ID of the domain */
  domain_id: string;
}

const op: Operation<OrganizationDomain> = {
  id: "VerifyOrganizationDomainOwnership",
  method: "POST",
  path: "/organizations/{organization_id}/domains/{domain_id}/verify_ownership",
  response: OrganizationDomain,
};

/**
 * Mark an organization domain's ownership as verified
 *
 * Flips the organization domain's ownership state to verified via the
 * manual override path, bypassing the self-serve TXT DNS challenge. The
 * domain row records strategy=`manual_override` and an
 * `organization_domain.ownership_verified` audit event is emitted with the
 * same strategy.
 *
 * Idempotent: re-calling on an already-verified domain returns the current
 * ownership state without re-emitting the audit event.
 *
 * `POST /organizations/{organization_id}/domains/{domain_id}/verify_ownership` · documented errors: 401, 403, 404
 */
export function organizationDomainsVerifyOwnership(
  core: ClerkCore,
  request: OrganizationDomainsVerifyOwnershipRequest,
  options?: CallOptions,
): Promise<Result<OrganizationDomain, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
