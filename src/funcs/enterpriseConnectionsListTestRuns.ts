// Generated from bapi-2026-05-12.yml (ListEnterpriseConnectionTestRuns). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EnterpriseConnectionTestRuns } from "../models/enterpriseConnectionTestRuns.js";

/** The request of {@link enterpriseConnectionsListTestRuns}: path, query and body keys by their wire names. */
export interface EnterpriseConnectionsListTestRunsRequest {
  /** The ID of the enterprise connection */
  enterprise_connection_id: string;
  /** Filter test runs by status (may be repeated) */
  status?: ("pending" | "success" | "failed")[];
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

const op: Operation<EnterpriseConnectionTestRuns> = {
  id: "ListEnterpriseConnectionTestRuns",
  method: "GET",
  path: "/enterprise_connections/{enterprise_connection_id}/test_runs",
  query: { status: "s[]", limit: "i", offset: "i" },
  response: EnterpriseConnectionTestRuns,
};

/**
 * List enterprise connection test runs
 *
 * Returns a paginated list of SAML or OIDC debug test runs for an enterprise connection.
 *
 * `GET /enterprise_connections/{enterprise_connection_id}/test_runs` · documented errors: 402, 403, 404, 422 · pages with `paginate` (data/total_count envelope)
 */
export function enterpriseConnectionsListTestRuns(
  core: ClerkCore,
  request: EnterpriseConnectionsListTestRunsRequest,
  options?: CallOptions,
): Promise<Result<EnterpriseConnectionTestRuns, CallError<402 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
