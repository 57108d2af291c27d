// Generated from bapi-2026-05-12.yml (CreateEnterpriseConnectionTestRun). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EnterpriseConnectionTestRunResponse } from "../models/enterpriseConnectionTestRunResponse.js";

/** The request of {@link enterpriseConnectionsCreateTestRun}: path, query and body keys by their wire names. */
export interface EnterpriseConnectionsCreateTestRunRequest {
  /** The ID of the enterprise connection */
  enterprise_connection_id: string;
}

const op: Operation<EnterpriseConnectionTestRunResponse> = {
  id: "CreateEnterpriseConnectionTestRun",
  method: "POST",
  path: "/enterprise_connections/{enterprise_connection_id}/test_runs",
  response: EnterpriseConnectionTestRunResponse,
};

/**
 * Create an enterprise connection test run
 *
 * Returns a short-lived URL that starts the IdP test flow for this connection.
 *
 * `POST /enterprise_connections/{enterprise_connection_id}/test_runs` · documented errors: 402, 403, 404
 */
export function enterpriseConnectionsCreateTestRun(
  core: ClerkCore,
  request: EnterpriseConnectionsCreateTestRunRequest,
  options?: CallOptions,
): Promise<Result<EnterpriseConnectionTestRunResponse, CallError<402 | 403 | 404>>> {
  return call(core, op, request, options);
}
