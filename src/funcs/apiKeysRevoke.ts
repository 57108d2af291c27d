// Generated from bapi-2026-05-12.yml (revokeApiKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link apiKeysRevoke}: path, query and body keys by their wire names. */
export interface ApiKeysRevokeRequest {
  apiKeyID: string;
  revocation_reason?: string | null;
}

/** What {@link apiKeysRevoke} returns. */
export interface ApiKeysRevokeResponse {
  object: "api_key" | (string & {});
  id: string;
  type: string;
  subject: string;
  name: string;
  description?: string | null;
  claims: unknown;
  scopes: string[];
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  /** The timestamp for when the API key will expire, in milliseconds */
  expiration: number | null;
  created_by: string | null;
  /** The timestamp for when the API key was last used, in milliseconds */
  last_used_at: number | null;
  /** The timestamp for when the API key was created, in milliseconds */
  created_at: number;
  /** The timestamp for when the API key was last updated, in milliseconds */
  updated_at: number;
}

const op: Operation<ApiKeysRevokeResponse> = {
  id: "revokeApiKey",
  method: "POST",
  path: "/api_keys/{apiKeyID}/revoke",
  body: { revocation_reason: "s?" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    type: s.string,
    subject: s.string,
    name: s.string,
    description: s.exactOptional(s.nullable(s.string)),
    claims: s.nullable(s.unknown),
    scopes: s.array(s.string),
    revoked: s.boolean,
    revocation_reason: s.nullable(s.string),
    expired: s.boolean,
    expiration: s.nullable(s.number),
    created_by: s.nullable(s.string),
    last_used_at: s.nullable(s.number),
    created_at: s.number,
    updated_at: s.number,
  }),
};

/**
 * Revoke an API Key
 *
 * `POST /api_keys/{apiKeyID}/revoke` · documented errors: 400, 404
 */
export function apiKeysRevoke(
  core: ClerkCore,
  request: ApiKeysRevokeRequest,
  options?: CallOptions,
): Promise<Result<ApiKeysRevokeResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
