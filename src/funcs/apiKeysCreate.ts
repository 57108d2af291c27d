// Generated from bapi-2026-05-12.yml (createApiKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link apiKeysCreate}: path, query and body keys by their wire names. */
export interface ApiKeysCreateRequest {
  type?: string;
  name: string;
  description?: string | null;
  subject: string;
  claims?: unknown;
  scopes?: string[];
  created_by?: string | null;
  seconds_until_expiration?: number | null;
}

/** What {@link apiKeysCreate} returns. */
export interface ApiKeysCreateResponse {
  object: "api_key" | (string & {});
  id: string;
  type: string;
  subject: string;
  name: string;
  description?: string | null;
  claims: unknown;
  scopes: string[];
  secret: string;
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

const op: Operation<ApiKeysCreateResponse> = {
  id: "createApiKey",
  method: "POST",
  path: "/api_keys",
  body: { type: "s", name: "s!", description: "s?", subject: "s!", claims: "x?", scopes: "s[]", created_by: "s?", seconds_until_expiration: "n?" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    type: s.string,
    subject: s.string,
    name: s.string,
    description: s.exactOptional(s.nullable(s.string)),
    claims: s.nullable(s.unknown),
    scopes: s.array(s.string),
    secret: s.string,
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
 * Create an API Key
 *
 * `POST /api_keys` · documented errors: 400, 409
 */
export function apiKeysCreate(
  core: ClerkCore,
  request: ApiKeysCreateRequest,
  options?: CallOptions,
): Promise<Result<ApiKeysCreateResponse, CallError<400 | 409>>> {
  return call(core, op, request, options);
}
