// Generated from bapi-2026-05-12.yml (ListEnterpriseConnections). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { EnterpriseConnections } from "../models/enterpriseConnections.js";

/** The request of {@link enterpriseConnectionsList}: path, query and body keys by their wire names. */
export interface EnterpriseConnectionsListRequest {
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
  /** Filter enterprise connections by organization ID */
  organization_id?: string;
  /** Filter by active status. If true, only active connections are returned. If false, only inactive connections are returned. If omitted, all connections are returned. */
  active?: boolean;
}

const op: Operation<EnterpriseConnections> = {
  id: "ListEnterpriseConnections",
  method: "GET",
  path: "/enterprise_connections",
  query: { limit: "i", offset: "i", organization_id: "s", active: "b" },
  response: EnterpriseConnections,
};

/**
 * List enterprise connections
 *
 * Returns the list of enterprise connections for the instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 *
 * `GET /enterprise_connections` · documented errors: 402, 403, 422 · pages with `paginate` (data/total_count envelope)
 */
export function enterpriseConnectionsList(
  core: ClerkCore,
  request?: EnterpriseConnectionsListRequest,
  options?: CallOptions,
): Promise<Result<EnterpriseConnections, CallError<402 | 403 | 422>>> {
  return call(core, op, request, options);
}
