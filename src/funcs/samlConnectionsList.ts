// Generated from bapi-2026-05-12.yml (ListSAMLConnections). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SAMLConnections } from "../models/samlConnections.js";

/** The request of {@link samlConnectionsList}: path, query and body keys by their wire names. */
export interface SamlConnectionsListRequest {
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
  /** Returns SAML connections that have a name that matches the given query, via case-insensitive partial match. */
  query?: string;
  /**
   * Sorts organizations memberships by phone_number, email_address, created_at, first_name, last_name or username.
   * By prepending one of those values with + or -,
   * we can choose to sort in ascending (ASC) or descending (DESC) order.
   */
  order_by?: string;
  /**
   * Returns SAML connections that have an associated organization ID to the
   * given organizations.
   * For each organization ID, the `+` and `-` can be
   * prepended to the ID, which denote whether the
   * respective organization should be included or
   * excluded from the result set.
   * Accepts up to 100 organization IDs.
   */
  organization_id?: string[];
}

const op: Operation<SAMLConnections> = {
  id: "ListSAMLConnections",
  method: "GET",
  path: "/saml_connections",
  query: { limit: "i", offset: "i", query: "s", order_by: "s", organization_id: "s[]" },
  response: SAMLConnections,
};

/**
 * Get a list of SAML Connections for an instance
 *
 * Returns the list of SAML Connections for an instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * The SAML Connections are ordered by descending creation date and the most recent will be returned first.
 * Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
 *
 * `GET /saml_connections` · documented errors: 402, 403, 422 · pages with `paginate` (data/total_count envelope)
 *
 * @deprecated This operation is deprecated by the API.
 */
export function samlConnectionsList(
  core: ClerkCore,
  request?: SamlConnectionsListRequest,
  options?: CallOptions,
): Promise<Result<SAMLConnections, CallError<402 | 403 | 422>>> {
  return call(core, op, request, options);
}
