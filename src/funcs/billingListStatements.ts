// Generated from bapi-2026-05-12.yml (GetBillingStatementList). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PaginatedBillingStatementResponse } from "../models/paginatedBillingStatementResponse.js";

/** The request of {@link billingListStatements}: path, query and body keys by their wire names. */
export interface BillingListStatementsRequest {
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
}

const op: Operation<PaginatedBillingStatementResponse> = {
  id: "GetBillingStatementList",
  method: "GET",
  path: "/billing/statements",
  query: { paginated: "b", limit: "i", offset: "i" },
  response: PaginatedBillingStatementResponse,
};

/**
 * List all billing statements
 *
 * Returns a list of all billing statements for the instance. The statements are returned sorted by creation date,
 * with the newest statements appearing first. Pagination is supported.
 *
 * `GET /billing/statements` · documented errors: 400, 401, 422, 500 · pages with `paginate` (data/total_count envelope)
 */
export function billingListStatements(
  core: ClerkCore,
  request?: BillingListStatementsRequest,
  options?: CallOptions,
): Promise<Result<PaginatedBillingStatementResponse, CallError<400 | 401 | 422 | 500>>> {
  return call(core, op, request, options);
}
