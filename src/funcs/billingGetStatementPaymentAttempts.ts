// Generated from bapi-2026-05-12.yml (GetBillingStatementPaymentAttempts). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { PaginatedBillingPaymentAttemptResponse } from "../models/paginatedBillingPaymentAttemptResponse.js";

/** The request of {@link billingGetStatementPaymentAttempts}: path, query and body keys by their wire names. */
export interface BillingGetStatementPaymentAttemptsRequest {
  /** The ID of the statement to retrieve payment attempts for. */
  statementID: string;
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

const op: Operation<PaginatedBillingPaymentAttemptResponse> = {
  id: "GetBillingStatementPaymentAttempts",
  method: "GET",
  path: "/billing/statements/{statementID}/payment_attempts",
  query: { paginated: "b", limit: "i", offset: "i" },
  response: PaginatedBillingPaymentAttemptResponse,
};

/**
 * List payment attempts for a billing statement
 *
 * Returns a list of all payment attempts for a specific billing statement. The payment attempts are returned sorted by creation date,
 * with the newest payment attempts appearing first. Pagination is supported.
 *
 * `GET /billing/statements/{statementID}/payment_attempts` · documented errors: 400, 401, 404, 422, 500 · pages with `paginate` (data/total_count envelope)
 */
export function billingGetStatementPaymentAttempts(
  core: ClerkCore,
  request: BillingGetStatementPaymentAttemptsRequest,
  options?: CallOptions,
): Promise<Result<PaginatedBillingPaymentAttemptResponse, CallError<400 | 401 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
