// Generated from bapi-2026-05-12.yml (getM2MTokens). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link m2mListTokens}: path, query and body keys by their wire names. */
export interface M2mListTokensRequest {
  subject: string;
  revoked?: boolean | null;
  expired?: boolean | null;
  limit?: number;
  offset?: number | null;
}

/** What {@link m2mListTokens} returns. */
export interface M2mListTokensResponse {
  m2m_tokens: {
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
    last_used_at: number | null;
    /** The timestamp for when the token was created, in milliseconds */
    created_at: number;
    /** The timestamp for when the token was last updated, in milliseconds */
    updated_at: number;
  }[];
  total_count: number;
}

const op: Operation<M2mListTokensResponse> = {
  id: "getM2MTokens",
  method: "GET",
  path: "/m2m_tokens",
  query: { subject: "s!", revoked: "b?", expired: "b?", limit: "n", offset: "n?" },
  response: /*#__PURE__*/ s.looseObject({
    m2m_tokens: s.array(s.looseObject({
      object: s.string,
      id: s.string,
      subject: s.string,
      claims: s.exactOptional(s.nullable(s.unknown)),
      scopes: s.exactOptional(s.array(s.string)),
      revoked: s.boolean,
      revocation_reason: s.nullable(s.string),
      expired: s.boolean,
      expiration: s.nullable(s.number),
      last_used_at: s.nullable(s.number),
      created_at: s.number,
      updated_at: s.number,
    })),
    total_count: s.number,
  }),
  machineAuth: true,
};

/**
 * Get M2M Tokens
 *
 * Fetches M2M tokens for a specific machine.
 *
 * Only tokens created with the opaque token format are returned by this endpoint. JWT-format M2M tokens are stateless and are not stored.
 *
 * This endpoint can be authenticated by either a Machine Secret Key or by a Clerk Secret Key.
 *
 * - When fetching M2M tokens with a Machine Secret Key, only tokens associated with the authenticated machine can be retrieved.
 * - When fetching M2M tokens with a Clerk Secret Key, tokens for any machine in the instance can be retrieved.
 *
 * `GET /m2m_tokens` · documented errors: 400, 403, 404
 */
export function m2mListTokens(
  core: ClerkCore,
  request: M2mListTokensRequest,
  options?: CallOptions,
): Promise<Result<M2mListTokensResponse, CallError<400 | 403 | 404>>> {
  return call(core, op, request, options);
}
