// Generated from bapi-2026-05-12.yml (verifyM2MToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link m2mVerifyToken}: path, query and body keys by their wire names. */
export interface M2mVerifyTokenRequest {
  token: string;
}

/** What {@link m2mVerifyToken} returns. */
export interface M2mVerifyTokenResponse {
  object: "machine_to_machine_token" | (string & {});
  id: string;
  subject: string;
  claims?: unknown;
  scopes?: string[];
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  /** The timestamp for when the token will expire, in milliseconds */
  expiration: number | null;
  /** The timestamp for when the token was last used, in milliseconds */
  last_used_at?: number | null;
  /** The timestamp for when the token was created, in milliseconds */
  created_at: number;
  /** The timestamp for when the token was last updated, in milliseconds */
  updated_at: number;
}

const op: Operation<M2mVerifyTokenResponse> = {
  id: "verifyM2MToken",
  method: "POST",
  path: "/m2m_tokens/verify",
  body: { token: "s!" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    subject: s.string,
    claims: s.exactOptional(s.nullable(s.unknown)),
    scopes: s.exactOptional(s.array(s.string)),
    revoked: s.boolean,
    revocation_reason: s.nullable(s.string),
    expired: s.boolean,
    expiration: s.nullable(s.number),
    last_used_at: s.exactOptional(s.nullable(s.number)),
    created_at: s.number,
    updated_at: s.number,
  }),
  machineAuth: true,
};

/**
 * Verify a M2M Token
 *
 * Verifies a M2M Token.
 *
 * This endpoint can be authenticated by either a Machine Secret Key or by a Clerk Secret Key.
 *
 * - When verifying a M2M Token with a Machine Secret Key, the token must be granted access to the Machine associated with the Machine Secret Key.
 * - When verifying a M2M Token with a Clerk Secret Key, any token on the Instance can be verified.
 *
 * `POST /m2m_tokens/verify` · documented errors: 400, 404
 */
export function m2mVerifyToken(
  core: ClerkCore,
  request: M2mVerifyTokenRequest,
  options?: CallOptions,
): Promise<Result<M2mVerifyTokenResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
