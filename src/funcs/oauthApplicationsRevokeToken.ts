// Generated from bapi-2026-05-12.yml (RevokeOAuthApplicationToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";

/** The request of {@link oauthApplicationsRevokeToken}: path, query and body keys by their wire names. */
export interface OauthApplicationsRevokeTokenRequest {
  /** The ID of the OAuth application for which to revoke the token */
  oauth_application_id: string;
  /** The opaque OAuth access token or refresh token to revoke. All tokens associated with the same OAuth grant are also revoked. */
  token: string;
}

const op: Operation<undefined> = {
  id: "RevokeOAuthApplicationToken",
  method: "POST",
  path: "/oauth_applications/{oauth_application_id}/revoke_token",
  body: { token: "s!" },
};

/**
 * Revoke an OAuth application token
 *
 * Revoke both OAuth access token and refresh token for the associated grant for the given OAuth application.
 * The request may specify either token.
 * JWT access tokens cannot be revoked.
 *
 * `POST /oauth_applications/{oauth_application_id}/revoke_token` · documented errors: 400, 403, 404, 422
 */
export function oauthApplicationsRevokeToken(
  core: ClerkCore,
  request: OauthApplicationsRevokeTokenRequest,
  options?: CallOptions,
): Promise<Result<undefined, CallError<400 | 403 | 404 | 422, false>>> {
  return call(core, op, request, options);
}
