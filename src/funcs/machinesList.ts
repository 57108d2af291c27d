// Generated from bapi-2026-05-12.yml (ListMachines). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { Machine } from "../models/machine.js";

/** The request of {@link machinesList}: path, query and body keys by their wire names. */
export interface MachinesListRequest {
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
  /** Returns machines with ID or name that match the given query. Uses exact match for machine ID and partial match for name. */
  query?: string;
  /**
   * Allows to return machines in a particular order.
   * You can order the returned machines by their `name` or `created_at`.
   * To specify the direction, use the `+` or `-` symbols prepended to the property to order by.
   * For example, to return machines in descending order by `created_at`, use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  order_by?: "name" | "+name" | "-name" | "created_at" | "+created_at" | "-created_at";
}

/** What {@link machinesList} returns. */
export interface MachinesListResponse {
  data: Machine[];
  /** Total number of machines */
  total_count: number;
}

const op: Operation<MachinesListResponse> = {
  id: "ListMachines",
  method: "GET",
  path: "/machines",
  query: { limit: "i", offset: "i", query: "s", order_by: "s" },
  response: /*#__PURE__*/ s.looseObject({
    data: s.array(Machine),
    total_count: s.number,
  }),
};

/**
 * Get a list of machines for an instance
 *
 * This request returns the list of machines for an instance. The machines are
 * ordered by descending creation date (i.e. most recent machines will be
 * returned first)
 *
 * `GET /machines` · documented errors: 400, 401, 403, 422 · pages with `paginate` (data/total_count envelope)
 */
export function machinesList(
  core: ClerkCore,
  request?: MachinesListRequest,
  options?: CallOptions,
): Promise<Result<MachinesListResponse, CallError<400 | 401 | 403 | 422>>> {
  return call(core, op, request, options);
}
