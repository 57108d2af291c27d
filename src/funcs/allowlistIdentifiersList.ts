// Generated from bapi-2026-05-12.yml (ListAllowlistIdentifiers). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { AllowlistIdentifier } from "../models/allowlistIdentifier.js";

/** The request of {@link allowlistIdentifiersList}: path, query and body keys by their wire names. */
export interface AllowlistIdentifiersListRequest {
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

const op: Operation<AllowlistIdentifier[]> = {
  id: "ListAllowlistIdentifiers",
  method: "GET",
  path: "/allowlist_identifiers",
  query: { paginated: "b", limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.array(AllowlistIdentifier),
  paginated: true,
};

/**
 * List all identifiers on the allow-list
 *
 * Get a list of all identifiers allowed to sign up to an instance
 *
 * `GET /allowlist_identifiers` · documented errors: 401, 402 · pages with `paginate` (bare array) · `paginated: true` answers `{ data, total_count }`
 */
export function allowlistIdentifiersList(
  core: ClerkCore,
  request: AllowlistIdentifiersListRequest & { paginated: true },
  options?: CallOptions,
): Promise<Result<{ data: AllowlistIdentifier[]; total_count: number }, CallError<401 | 402>>>;
/** Without `paginated: true`: the bare array. */
export function allowlistIdentifiersList(
  core: ClerkCore,
  request?: AllowlistIdentifiersListRequest & { paginated?: false },
  options?: CallOptions,
): Promise<Result<AllowlistIdentifier[], CallError<401 | 402>>>;
/** A `paginated` flag known only at run time: either shape. */
export function allowlistIdentifiersList(
  core: ClerkCore,
  request?: AllowlistIdentifiersListRequest,
  options?: CallOptions,
): Promise<Result<AllowlistIdentifier[] | { data: AllowlistIdentifier[]; total_count: number }, CallError<401 | 402>>>;
export function allowlistIdentifiersList(
  core: ClerkCore,
  request?: AllowlistIdentifiersListRequest,
  options?: CallOptions,
): Promise<Result<AllowlistIdentifier[] | { data: AllowlistIdentifier[]; total_count: number }, CallError<401 | 402>>> {
  return call(core, op, request, options);
}
