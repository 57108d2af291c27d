// Generated from bapi-2026-05-12.yml (ListOrganizations). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Organizations } from "../models/organizations.js";

/** The request of {@link organizationsList}: path, query and body keys by their wire names. */
export interface OrganizationsListRequest {
  /** Flag to denote whether the member counts of each organization should be included in the response or not. */
  include_members_count?: boolean;
  /** Flag to denote whether or not to include a member with elevated permissions who is not currently a member of the organization. */
  include_missing_member_with_elevated_permissions?: boolean;
  /**
   * Returns organizations with ID, name, or slug that match the given query.
   * Uses exact match for organization ID and partial match for name and slug.
   */
  query?: string;
  /**
   * Returns organizations that include any of the specified user IDs as members. Any user IDs not found are ignored.
   * For each user ID, the `+` and `-` can be prepended to the ID, which denote whether the
   * respective organization should be included or excluded from the result set.
   */
  user_id?: string[];
  /**
   * Returns organizations with the organization IDs specified. Any organization IDs not found are ignored.
   * For each organization ID, the `+` and `-` can be prepended to the ID, which denote whether the
   * respective organization should be included or excluded from the result set. Accepts up to 100 organization IDs.
   * Example: ?organization_id=+org_1&organization_id=-org_2
   */
  organization_id?: string[];
  /**
   * Allows to return organizations in a particular order.
   * At the moment, you can order the returned organizations either by their `name`, `created_at` or `members_count`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want organizations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  order_by?: "name" | "+name" | "-name" | "created_at" | "+created_at" | "-created_at" | "members_count" | "+members_count" | "-members_count";
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

const op: Operation<Organizations> = {
  id: "ListOrganizations",
  method: "GET",
  path: "/organizations",
  query: { include_members_count: "b", include_missing_member_with_elevated_permissions: "b", query: "s", user_id: "s[]", organization_id: "s[]", order_by: "s", limit: "i", offset: "i" },
  response: Organizations,
};

/**
 * Get a list of organizations for an instance
 *
 * This request returns the list of organizations for an instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * The organizations are ordered by descending creation date.
 * Most recent organizations will be returned first.
 *
 * `GET /organizations` · documented errors: 400, 403, 422 · pages with `paginate` (data/total_count envelope)
 */
export function organizationsList(
  core: ClerkCore,
  request?: OrganizationsListRequest,
  options?: CallOptions,
): Promise<Result<Organizations, CallError<400 | 403 | 422>>> {
  return call(core, op, request, options);
}
