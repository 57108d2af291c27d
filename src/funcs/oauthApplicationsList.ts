// Generated from bapi-2026-05-12.yml (ListOAuthApplications). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OAuthApplications } from "../models/oAuthApplications.js";

/** The request of {@link oauthApplicationsList}: path, query and body keys by their wire names. */
export interface OauthApplicationsListRequest {
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
  /**
   * Allows to return OAuth applications in a particular order.
   * At the moment, you can order the returned OAuth applications by their `created_at` and `name`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want OAuth applications to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied. We only support one `order_by` parameter, and if multiple `order_by` parameters are provided, we will only keep the first one. For example,
   * if you pass `order_by=name&order_by=created_at`, we will consider only the first `order_by` parameter, which is `name`. The `created_at` parameter will be ignored in this case.
   */
  order_by?: "created_at" | "+created_at" | "-created_at" | "name" | "+name" | "-name";
  /**
   * Returns OAuth applications with names that match the given query, via case-insensitive partial match.
   * Also returns the OAuth application whose `client_id` is exactly the given query, which is useful for
   * resolving a `client_id` to the OAuth application `id` required by the read, update and delete endpoints.
   */
  name_query?: string;
}

const op: Operation<OAuthApplications> = {
  id: "ListOAuthApplications",
  method: "GET",
  path: "/oauth_applications",
  query: { limit: "i", offset: "i", order_by: "s", name_query: "s" },
  response: OAuthApplications,
};

/**
 * Get a list of OAuth applications for an instance
 *
 * This request returns the list of OAuth applications for an instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * The OAuth applications are ordered by descending creation date.
 * Most recent OAuth applications will be returned first.
 *
 * `GET /oauth_applications` · documented errors: 400, 403, 422 · pages with `paginate` (data/total_count envelope)
 */
export function oauthApplicationsList(
  core: ClerkCore,
  request?: OauthApplicationsListRequest,
  options?: CallOptions,
): Promise<Result<OAuthApplications, CallError<400 | 403 | 422>>> {
  return call(core, op, request, options);
}
