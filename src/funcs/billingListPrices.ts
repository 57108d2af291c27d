// Generated from bapi-2026-05-12.yml (GetBillingPriceList). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PaginatedBillingPriceResponse } from "../models/paginatedBillingPriceResponse.js";

/** The request of {@link billingListPrices}: path, query and body keys by their wire names. */
export interface BillingListPricesRequest {
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
  /** Filter prices by plan ID */
  plan_id?: string;
}

const op: Operation<PaginatedBillingPriceResponse> = {
  id: "GetBillingPriceList",
  method: "GET",
  path: "/billing/prices",
  query: { paginated: "b", limit: "i", offset: "i", plan_id: "s" },
  response: PaginatedBillingPriceResponse,
};

/**
 * List all billing prices
 *
 * Returns a list of all prices for the instance. The prices are returned sorted by amount ascending,
 * then by creation date descending. This includes both default and custom prices. Pagination is supported.
 *
 * `GET /billing/prices` · documented errors: 400, 401, 404, 422, 500 · pages with `paginate` (data/total_count envelope)
 */
export function billingListPrices(
  core: ClerkCore,
  request?: BillingListPricesRequest,
  options?: CallOptions,
): Promise<Result<PaginatedBillingPriceResponse, CallError<400 | 401 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
