// Generated from bapi-2026-05-12.yml (ListOrganizationRoles). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Roles } from "../models/roles.js";

/** The request of {@link organizationRolesList}: path, query and body keys by their wire names. */
export interface OrganizationRolesListRequest {
  /**
   * Returns organization roles with ID, name, or key that match the given query.
   * Uses exact match for organization role ID and partial match for name and key.
   */
  query?: string;
  /**
   * Allows to return organization roles in a particular order.
   * At the moment, you can order the returned organization roles by their `created_at`, `name`, or `key`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want organization roles to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  order_by?: "created_at" | "+created_at" | "-created_at" | "name" | "+name" | "-name" | "key" | "+key" | "-key";
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

const op: Operation<Roles> = {
  id: "ListOrganizationRoles",
  method: "GET",
  path: "/organization_roles",
  query: { query: "s", order_by: "s", limit: "i", offset: "i" },
  response: Roles,
};

/**
 * Get a list of organization roles
 *
 * This request returns the list of organization roles for the instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * The organization roles are ordered by descending creation date.
 * Most recent roles will be returned first.
 *
 * `GET /organization_roles` · documented errors: 400, 401, 403, 422 · pages with `paginate` (data/total_count envelope)
 */
export function organizationRolesList(
  core: ClerkCore,
  request?: OrganizationRolesListRequest,
  options?: CallOptions,
): Promise<Result<Roles, CallError<400 | 401 | 403 | 422>>> {
  return call(core, op, request, options);
}
