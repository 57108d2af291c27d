// Generated from bapi-2026-05-12.yml (GetSessionList). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { Session } from "../models/session.js";

/** The request of {@link sessionsList}: path, query and body keys by their wire names. */
export interface SessionsListRequest {
  /** List sessions for the given client */
  client_id?: string;
  /** List sessions for the given user */
  user_id?: string;
  /** Filter sessions by the provided status */
  status?: "abandoned" | "active" | "ended" | "expired" | "removed" | "replaced" | "revoked";
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

const op: Operation<Session[]> = {
  id: "GetSessionList",
  method: "GET",
  path: "/sessions",
  query: { client_id: "s", user_id: "s", status: "s", paginated: "b", limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.array(Session),
  paginated: true,
};

/**
 * List all sessions
 *
 * Returns a list of sessions matching the provided criteria.
 * The sessions are returned sorted by creation date, with the newest sessions appearing first.
 *
 * Note: This endpoint does not return all sessions that have ever existed. Old and inactive sessions are periodically cleaned up and will not be included in the results.
 *
 * **Deprecation Notice (2024-01-01):** All parameters were initially considered optional, however
 * moving forward at least one of `client_id` or `user_id` parameters should be provided.
 *
 * `GET /sessions` · documented errors: 400, 401, 422 · pages with `paginate` (bare array) · `paginated: true` answers `{ data, total_count }`
 */
export function sessionsList(
  core: ClerkCore,
  request: SessionsListRequest & { paginated: true },
  options?: CallOptions,
): Promise<Result<{ data: Session[]; total_count: number }, CallError<400 | 401 | 422>>>;
/** Without `paginated: true`: the bare array. */
export function sessionsList(
  core: ClerkCore,
  request?: SessionsListRequest & { paginated?: false },
  options?: CallOptions,
): Promise<Result<Session[], CallError<400 | 401 | 422>>>;
/** A `paginated` flag known only at run time: either shape. */
export function sessionsList(
  core: ClerkCore,
  request?: SessionsListRequest,
  options?: CallOptions,
): Promise<Result<Session[] | { data: Session[]; total_count: number }, CallError<400 | 401 | 422>>>;
export function sessionsList(
  core: ClerkCore,
  request?: SessionsListRequest,
  options?: CallOptions,
): Promise<Result<Session[] | { data: Session[]; total_count: number }, CallError<400 | 401 | 422>>> {
  return call(core, op, request, options);
}
