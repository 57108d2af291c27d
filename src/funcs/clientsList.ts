// Generated from bapi-2026-05-12.yml (GetClientList). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { Client } from "../models/client.js";

/** The request of {@link clientsList}: path, query and body keys by their wire names. */
export interface ClientsListRequest {
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

const op: Operation<Client[]> = {
  id: "GetClientList",
  method: "GET",
  path: "/clients",
  query: { paginated: "b", limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.array(Client),
  paginated: true,
};

/**
 * List all clients
 *
 * Returns a list of all clients. The clients are returned sorted by creation date,
 * with the newest clients appearing first.
 * Warning: the endpoint is being deprecated and will be removed in future versions.
 *
 * `GET /clients` · documented errors: 400, 401, 410, 422 · pages with `paginate` (bare array) · `paginated: true` answers `{ data, total_count }`
 *
 * @deprecated This operation is deprecated by the API.
 */
export function clientsList(
  core: ClerkCore,
  request: ClientsListRequest & { paginated: true },
  options?: CallOptions,
): Promise<Result<{ data: Client[]; total_count: number }, CallError<400 | 401 | 410 | 422>>>;
/** Without `paginated: true`: the bare array. */
export function clientsList(
  core: ClerkCore,
  request?: ClientsListRequest & { paginated?: false },
  options?: CallOptions,
): Promise<Result<Client[], CallError<400 | 401 | 410 | 422>>>;
/** A `paginated` flag known only at run time: either shape. */
export function clientsList(
  core: ClerkCore,
  request?: ClientsListRequest,
  options?: CallOptions,
): Promise<Result<Client[] | { data: Client[]; total_count: number }, CallError<400 | 401 | 410 | 422>>>;
export function clientsList(
  core: ClerkCore,
  request?: ClientsListRequest,
  options?: CallOptions,
): Promise<Result<Client[] | { data: Client[]; total_count: number }, CallError<400 | 401 | 410 | 422>>> {
  return call(core, op, request, options);
}
