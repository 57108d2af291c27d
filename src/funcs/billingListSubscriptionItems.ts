// Generated from bapi-2026-05-12.yml (GetCommerceSubscriptionItemList). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PaginatedCommerceSubscriptionItemResponse } from "../models/paginatedCommerceSubscriptionItemResponse.js";

/** The request of {@link billingListSubscriptionItems}: path, query and body keys by their wire names. */
export interface BillingListSubscriptionItemsRequest {
  /**
   * Whether to paginate the results.
   * If true, the results will be paginated.
   * If false, the results will not be paginated.
   */
  paginated?: boolean;
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
  /** Filter subscription items by status */
  status?: "active" | "ended" | "past_due" | "upcoming" | "free_trial";
  /** Filter subscription items by payer type */
  payer_type?: "user" | "org";
  /** Filter subscription items by plan ID */
  plan_id?: string;
  /** Whether to include free plan subscription items */
  include_free?: boolean;
  /** Search query to filter subscription items */
  query?: string;
}

const op: Operation<PaginatedCommerceSubscriptionItemResponse> = {
  id: "GetCommerceSubscriptionItemList",
  method: "GET",
  path: "/billing/subscription_items",
  query: { paginated: "b", limit: "i", offset: "i", status: "s", payer_type: "s", plan_id: "s", include_free: "b", query: "s" },
  response: PaginatedCommerceSubscriptionItemResponse,
};

/**
 * List all subscription items
 *
 * Returns a list of all subscription items for the instance. The subscription items are returned sorted by creation date,
 * with the newest appearing first. This includes subscriptions for both users and organizations. Pagination is supported.
 *
 * `GET /billing/subscription_items` · documented errors: 400, 401, 422, 500 · pages with `paginate` (data/total_count envelope)
 */
export function billingListSubscriptionItems(
  core: ClerkCore,
  request?: BillingListSubscriptionItemsRequest,
  options?: CallOptions,
): Promise<Result<PaginatedCommerceSubscriptionItemResponse, CallError<400 | 401 | 422 | 500>>> {
  return call(core, op, request, options);
}
