// Generated from bapi-2026-05-12.yml (createM2MToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link m2mCreateToken}: path, query and body keys by their wire names. */
export interface M2mCreateTokenRequest {
  token_format?: "opaque" | "jwt";
  seconds_until_expiration?: number | null;
  claims?: unknown;
  /**
   * Enables server-side token reuse for opaque-format tokens. When set, if a non-revoked, non-expired M2M token already exists for this machine with identical `claims` and `scopes` and at least this many seconds of remaining lifetime, that existing token is returned and no new token is minted.
   *
   * Use this when caching tokens in application memory across requests is impractical — for example, in serverless functions, short-lived job workers, or autoscaling containers that churn faster than the token TTL. Pooling at the server collapses many redundant create calls into reuse of a single live token, which is the recommended pattern for high-volume M2M traffic.
   *
   * Must be strictly less than the effective token lifetime — that is, `seconds_until_expiration` when provided, or the machine's default TTL otherwise. A value greater than or equal to the lifetime is rejected with a 400, since no freshly-minted token would ever satisfy the requirement.
   *
   * Only applies to opaque-format tokens (`token_format` defaults to `opaque`). JWT-format tokens are stateless and are never deduplicated.
   */
  min_remaining_ttl_seconds?: number;
}

/** What {@link m2mCreateToken} returns. */
export interface M2mCreateTokenResponse {
  object: "machine_to_machine_token" | (string & {});
  id: string;
  subject: string;
  claims?: unknown;
  scopes?: string[];
  token: string;
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

const op: Operation<M2mCreateTokenResponse> = {
  id: "createM2MToken",
  method: "POST",
  path: "/m2m_tokens",
  body: { token_format: "s", seconds_until_expiration: "n?", claims: "x?", min_remaining_ttl_seconds: "i" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    subject: s.string,
    claims: s.exactOptional(s.nullable(s.unknown)),
    scopes: s.exactOptional(s.array(s.string)),
    token: s.string,
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
 * Create a M2M Token
 *
 * Creates a new M2M Token. Must be authenticated via a Machine Secret Key.
 *
 * `POST /m2m_tokens` · documented errors: 400, 409
 */
export function m2mCreateToken(
  core: ClerkCore,
  request?: M2mCreateTokenRequest,
  options?: CallOptions,
): Promise<Result<M2mCreateTokenResponse, CallError<400 | 409>>> {
  return call(core, op, request, options);
}
