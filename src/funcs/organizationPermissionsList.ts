// Generated from bapi-2026-05-12.yml (ListOrganizationPermissions). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Permissions } from "../models/permissions.js";

/** The request of {@link organizationPermissionsList}: path, query and body keys by their wire names. */
export interface OrganizationPermissionsListRequest {
  /**
   * Returns organization permissions with ID, name, or key that match the given query.
   * Uses exact match for permission ID and partial match for name and key.
   */
  query?: string;
  /**
   * Allows to return organization permissions in a particular order.
   * At the moment, you can order the returned permissions by their `created_at`, `name`, or `key`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want permissions to be returned in descending order according to their `created_at` property, you can use `-created_at`.
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

const op: Operation<Permissions> = {
  id: "ListOrganizationPermissions",
  method: "GET",
  path: "/organization_permissions",
  query: { query: "s", order_by: "s", limit: "i", offset: "i" },
  response: Permissions,
};

/**
 * Get a list of all organization permissions
 *
 * Retrieves all organization permissions for the given instance.
 *
 * `GET /organization_permissions` · documented errors: 401, 422 · pages with `paginate` (data/total_count envelope)
 */
export function organizationPermissionsList(
  core: ClerkCore,
  request?: OrganizationPermissionsListRequest,
  options?: CallOptions,
): Promise<Result<Permissions, CallError<401 | 422>>> {
  return call(core, op, request, options);
}
