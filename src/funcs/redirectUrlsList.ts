// Generated from bapi-2026-05-12.yml (ListRedirectURLs). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { RedirectURL } from "../models/redirectURL.js";

/** The request of {@link redirectUrlsList}: path, query and body keys by their wire names. */
export interface RedirectUrlsListRequest {
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

const op: Operation<RedirectURL[]> = {
  id: "ListRedirectURLs",
  method: "GET",
  path: "/redirect_urls",
  query: { paginated: "b", limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.array(RedirectURL),
  paginated: true,
};

/**
 * List all redirect URLs
 *
 * Lists all whitelisted redirect_urls for the instance
 *
 * `GET /redirect_urls` · pages with `paginate` (bare array) · `paginated: true` answers `{ data, total_count }`
 */
export function redirectUrlsList(
  core: ClerkCore,
  request: RedirectUrlsListRequest & { paginated: true },
  options?: CallOptions,
): Promise<Result<{ data: RedirectURL[]; total_count: number }, CallError<never>>>;
/** Without `paginated: true`: the bare array. */
export function redirectUrlsList(
  core: ClerkCore,
  request?: RedirectUrlsListRequest & { paginated?: false },
  options?: CallOptions,
): Promise<Result<RedirectURL[], CallError<never>>>;
/** A `paginated` flag known only at run time: either shape. */
export function redirectUrlsList(
  core: ClerkCore,
  request?: RedirectUrlsListRequest,
  options?: CallOptions,
): Promise<Result<RedirectURL[] | { data: RedirectURL[]; total_count: number }, CallError<never>>>;
export function redirectUrlsList(
  core: ClerkCore,
  request?: RedirectUrlsListRequest,
  options?: CallOptions,
): Promise<Result<RedirectURL[] | { data: RedirectURL[]; total_count: number }, CallError<never>>> {
  return call(core, op, request, options);
}
