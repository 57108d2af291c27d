// Generated from bapi-2026-05-12.yml (GetEnterpriseConnection). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EnterpriseConnection } from "../models/enterpriseConnection.js";

/** The request of {@link enterpriseConnectionsGet}: path, query and body keys by their wire names. */
export interface EnterpriseConnectionsGetRequest {
  /** The ID of the enterprise connection */
  enterprise_connection_id: string;
}

const op: Operation<EnterpriseConnection> = {
  id: "GetEnterpriseConnection",
  method: "GET",
  path: "/enterprise_connections/{enterprise_connection_id}",
  response: EnterpriseConnection,
};

/**
 * Retrieve an enterprise connection
 *
 * Fetches the enterprise connection whose ID matches the provided `enterprise_connection_id` in the path.
 *
 * `GET /enterprise_connections/{enterprise_connection_id}` · documented errors: 402, 403, 404
 */
export function enterpriseConnectionsGet(
  core: ClerkCore,
  request: EnterpriseConnectionsGetRequest,
  options?: CallOptions,
): Promise<Result<EnterpriseConnection, CallError<402 | 403 | 404>>> {
  return call(core, op, request, options);
}
