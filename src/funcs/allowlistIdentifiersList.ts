// Generated from bapi-2026-05-12.yml (ListAllowlistIdentifiers). Do not edit: change codegen/ instead.
import * as v from "valibot";
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
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
  response: /*#__PURE__*/ v.array(AllowlistIdentifier),
  paginated: true,
};

/**
 * List all identifiers on the allow-list
 *
 * Get a list of all identifiers allowed to sign up to an instance
 *
 * `GET /allowlist_identifiers` · documented errors: 401, 402 · pages with `paginate` (bare array)
 */
export function allowlistIdentifiersList(
  core: ClerkCore,
  request?: AllowlistIdentifiersListRequest,
  options?: CallOptions,
): Promise<Result<AllowlistIdentifier[], CallError<401 | 402>>> {
  return call(core, op, request, options);
}
