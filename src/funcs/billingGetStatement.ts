// Generated from bapi-2026-05-12.yml (GetBillingStatement). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { BillingStatement } from "../models/billingStatement.js";

/** The request of {@link billingGetStatement}: path, query and body keys by their wire names. */
export interface BillingGetStatementRequest {
  /** The ID of the statement to retrieve. */
  statementID: string;
}

const op: Operation<BillingStatement> = {
  id: "GetBillingStatement",
  method: "GET",
  path: "/billing/statements/{statementID}",
  response: BillingStatement,
};

/**
 * Retrieve a billing statement
 *
 * Retrieves the details of a billing statement.
 *
 * `GET /billing/statements/{statementID}` · documented errors: 400, 401, 404, 422, 500
 */
export function billingGetStatement(
  core: ClerkCore,
  request: BillingGetStatementRequest,
  options?: CallOptions,
): Promise<Result<BillingStatement, CallError<400 | 401 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
