// Generated from bapi-2026-05-12.yml (GetOAuthAccessToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OAuthAccessToken } from "../models/oAuthAccessToken.js";

/** The request of {@link usersGetOAuthAccessToken}: path, query and body keys by their wire names. */
export interface UsersGetOAuthAccessTokenRequest {
  /** The ID of the user for which to retrieve the OAuth access token */
  user_id: string;
  /** The ID of the OAuth provider (e.g. `oauth_google`) */
  provider: string;
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

const op: Operation<OAuthAccessToken> = {
  id: "GetOAuthAccessToken",
  method: "GET",
  path: "/users/{user_id}/oauth_access_tokens/{provider}",
  query: { paginated: "b", limit: "i", offset: "i" },
  response: OAuthAccessToken,
  paginated: true,
};

/**
 * Retrieve the OAuth access token of a user
 *
 * Fetch the corresponding OAuth access token for a user that has previously authenticated with a particular OAuth provider.
 * For OAuth 2.0, if the access token has expired and we have a corresponding refresh token, the access token will be refreshed transparently the new one will be returned.
 *
 * `GET /users/{user_id}/oauth_access_tokens/{provider}` · documented errors: 400, 404, 422 · pages with `paginate` (bare array) · `paginated: true` answers `{ data, total_count }`
 */
export function usersGetOAuthAccessToken(
  core: ClerkCore,
  request: UsersGetOAuthAccessTokenRequest & { paginated: true },
  options?: CallOptions,
): Promise<Result<{ data: OAuthAccessToken; total_count: number }, CallError<400 | 404 | 422>>>;
/** Without `paginated: true`: the bare array. */
export function usersGetOAuthAccessToken(
  core: ClerkCore,
  request: UsersGetOAuthAccessTokenRequest & { paginated?: false },
  options?: CallOptions,
): Promise<Result<OAuthAccessToken, CallError<400 | 404 | 422>>>;
/** A `paginated` flag known only at run time: either shape. */
export function usersGetOAuthAccessToken(
  core: ClerkCore,
  request: UsersGetOAuthAccessTokenRequest,
  options?: CallOptions,
): Promise<Result<OAuthAccessToken | { data: OAuthAccessToken; total_count: number }, CallError<400 | 404 | 422>>>;
export function usersGetOAuthAccessToken(
  core: ClerkCore,
  request: UsersGetOAuthAccessTokenRequest,
  options?: CallOptions,
): Promise<Result<OAuthAccessToken | { data: OAuthAccessToken; total_count: number }, CallError<400 | 404 | 422>>> {
  return call(core, op, request, options);
}
