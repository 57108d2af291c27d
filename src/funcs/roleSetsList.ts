// Generated from bapi-2026-05-12.yml (ListRoleSets). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { RoleSets } from "../models/roleSets.js";

/** The request of {@link roleSetsList}: path, query and body keys by their wire names. */
export interface RoleSetsListRequest {
  /**
   * Returns role sets with ID, name, or key that match the given query.
   * Uses exact match for role set ID and partial match for name and key.
   */
  query?: string;
  /**
   * Allows to return role sets in a particular order.
   * At the moment, you can order the returned role sets by their `created_at`, `name`, or `key`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want role sets to be returned in descending order according to their `created_at` property, you can use `-created_at`.
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

const op: Operation<RoleSets> = {
  id: "ListRoleSets",
  method: "GET",
  path: "/role_sets",
  query: { query: "s", order_by: "s", limit: "i", offset: "i" },
  response: RoleSets,
};

/**
 * Get a list of role sets
 *
 * Returns a list of role sets for the instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * The role sets are ordered by descending creation date by default.
 *
 * `GET /role_sets` · documented errors: 400, 401, 403, 422 · pages with `paginate` (data/total_count envelope)
 */
export function roleSetsList(
  core: ClerkCore,
  request?: RoleSetsListRequest,
  options?: CallOptions,
): Promise<Result<RoleSets, CallError<400 | 401 | 403 | 422>>> {
  return call(core, op, request, options);
}
