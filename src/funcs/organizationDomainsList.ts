// Generated from bapi-2026-05-12.yml (ListOrganizationDomains). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationDomains } from "../models/organizationDomains.js";

/** The request of {@link organizationDomainsList}: path, query and body keys by their wire names. */
export interface OrganizationDomainsListRequest {
  /** The organization ID. */
  organization_id: string;
  /** Filter domains by their verification status. `true` or `false` */
  verified?: string;
  /**
   * Filter domains by their enrollment mode. Accepts `automatic_invitation`, `automatic_suggestion`, `manual_invitation` or `enterprise_sso`.
   * Prefix a value with `-` to exclude it instead (e.g. `-enterprise_sso`). Include and exclude filters can be combined and compose as AND.
   */
  enrollment_mode?: string;
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: number;
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: number;
}

const op: Operation<OrganizationDomains> = {
  id: "ListOrganizationDomains",
  method: "GET",
  path: "/organizations/{organization_id}/domains",
  query: { verified: "s", enrollment_mode: "s", limit: "i", offset: "i" },
  response: OrganizationDomains,
};

/**
 * Get a list of all domains of an organization.
 *
 * Get a list of all domains of an organization.
 *
 * `GET /organizations/{organization_id}/domains` · documented errors: 401, 422 · pages with `paginate` (data/total_count envelope)
 */
export function organizationDomainsList(
  core: ClerkCore,
  request: OrganizationDomainsListRequest,
  options?: CallOptions,
): Promise<Result<OrganizationDomains, CallError<401 | 422>>> {
  return call(core, op, request, options);
}
