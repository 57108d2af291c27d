// Generated from bapi-2026-05-12.yml (ListAllOrganizationDomains). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationDomains } from "../models/organizationDomains.js";

/** The request of {@link organizationDomainsListAll}: path, query and body keys by their wire names. */
export interface OrganizationDomainsListAllRequest {
  /** The ID of the organization to filter domains by */
  organization_id?: string;
  /** Filter by verification status */
  verified?: "true" | "false";
  /**
   * Filter by enrollment mode. Prefix a value with `-` to exclude it instead
   * (e.g. `-enterprise_sso`). Include and exclude filters can be combined and compose as AND.
   */
  enrollment_mode?: ("manual_invitation" | "automatic_invitation" | "automatic_suggestion" | "enterprise_sso" | "-manual_invitation" | "-automatic_invitation" | "-automatic_suggestion" | "-enterprise_sso")[];
  /**
   * Search domains by name or organization ID.
   * If the query starts with "org_", it will search by exact organization ID match.
   * Otherwise, it performs a case-insensitive partial match on the domain name.
   *
   * Note: An empty string or whitespace-only value is not allowed and will result in a validation error.
   */
  query?: string;
  /** Filter by exact domain names. Accepts multiple values (e.g. domains=example.com&domains=test.org). */
  domains?: string[];
  /**
   * Allows to return organization domains in a particular order.
   * At the moment, you can order the returned domains by their `name` or `created_at`.
   * In order to specify the direction, you can use the `+/-` symbols prepended to the property to order by.
   * For example, if you want domains to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  order_by?: "name" | "+name" | "-name" | "created_at" | "+created_at" | "-created_at";
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: number;
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: number;
}

const op: Operation<OrganizationDomains> = {
  id: "ListAllOrganizationDomains",
  method: "GET",
  path: "/organization_domains",
  query: { organization_id: "s", verified: "s", enrollment_mode: "s[],", query: "s", domains: "s[]", order_by: "s", offset: "i", limit: "i" },
  response: OrganizationDomains,
};

/**
 * List all organization domains
 *
 * Retrieves a list of all organization domains within the current instance.
 * This endpoint can be used to list all domains across all organizations
 * or filter domains by organization, verification status, enrollment mode, or search query.
 *
 * The response includes pagination information and details about each domain
 * including its verification status, enrollment mode, and associated counts.
 *
 * `GET /organization_domains` · documented errors: 401, 403, 422 · pages with `paginate` (data/total_count envelope)
 */
export function organizationDomainsListAll(
  core: ClerkCore,
  request?: OrganizationDomainsListAllRequest,
  options?: CallOptions,
): Promise<Result<OrganizationDomains, CallError<401 | 403 | 422>>> {
  return call(core, op, request, options);
}
