// Generated from bapi-2026-05-12.yml (GetCommercePlanList). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PaginatedCommercePlanResponse } from "../models/paginatedCommercePlanResponse.js";

/** The request of {@link billingListPlans}: path, query and body keys by their wire names. */
export interface BillingListPlansRequest {
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
  /** Filter plans by payer type */
  payer_type?: "user" | "org";
}

const op: Operation<PaginatedCommercePlanResponse> = {
  id: "GetCommercePlanList",
  method: "GET",
  path: "/billing/plans",
  query: { paginated: "b", limit: "i", offset: "i", payer_type: "s" },
  response: PaginatedCommercePlanResponse,
};

/**
 * List all billing plans
 *
 * Returns a list of all billing plans for the instance. The plans are returned sorted by creation date,
 * with the newest plans appearing first. This includes both free and paid plans. Pagination is supported.
 *
 * `GET /billing/plans` · documented errors: 400, 401, 422, 500 · pages with `paginate` (data/total_count envelope)
 */
export function billingListPlans(
  core: ClerkCore,
  request?: BillingListPlansRequest,
  options?: CallOptions,
): Promise<Result<PaginatedCommercePlanResponse, CallError<400 | 401 | 422 | 500>>> {
  return call(core, op, request, options);
}
