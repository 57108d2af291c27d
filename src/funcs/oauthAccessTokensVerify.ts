// Generated from bapi-2026-05-12.yml (verifyOAuthAccessToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link oauthAccessTokensVerify}: path, query and body keys by their wire names. */
export interface OauthAccessTokensVerifyRequest {
  /** The access token to verify. */
  access_token?: string;
  /**
   * The access token to verify. This is deprecated, use `access_token` instead.
   *
   * @deprecated
   */
  secret?: string;
}

/** What {@link oauthAccessTokensVerify} returns. */
export type OauthAccessTokensVerifyResponse = {
  object: "clerk_idp_oauth_access_token" | (string & {});
  id: string;
  client_id: string;
  subject: string;
  scopes: string[];
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  expiration: number | null;
  created_at: number;
  updated_at: number;
} | {
  /** Indicates that a JWT access token is not active (expired) */
  active: boolean;
};

const op: Operation<OauthAccessTokensVerifyResponse> = {
  id: "verifyOAuthAccessToken",
  method: "POST",
  path: "/oauth_applications/access_tokens/verify",
  body: { access_token: "s", secret: "s" },
  response: /*#__PURE__*/ s.union([s.looseObject({
    object: s.string,
    id: s.string,
    client_id: s.string,
    subject: s.string,
    scopes: s.array(s.string),
    revoked: s.boolean,
    revocation_reason: s.nullable(s.string),
    expired: s.boolean,
    expiration: s.nullable(s.number),
    created_at: s.number,
    updated_at: s.number,
  }), s.looseObject({
    active: s.boolean,
  })]),
};

/**
 * Verify an OAuth Access Token
 *
 * `POST /oauth_applications/access_tokens/verify` · documented errors: 400, 404
 */
export function oauthAccessTokensVerify(
  core: ClerkCore,
  request?: OauthAccessTokensVerifyRequest,
  options?: CallOptions,
): Promise<Result<OauthAccessTokensVerifyResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
