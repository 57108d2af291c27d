// Generated from bapi-2026-05-12.yml (updateApiKey). Do not edit: change codegen/ instead.
import * as v from "valibot";
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";

/** The request of {@link apiKeysUpdate}: path, query and body keys by their wire names. */
export interface ApiKeysUpdateRequest {
  apiKeyID: string;
  claims?: unknown;
  scopes?: string[];
  description?: string | null;
  subject?: string;
  seconds_until_expiration?: number | null;
}

/** What {@link apiKeysUpdate} returns. */
export interface ApiKeysUpdateResponse {
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

const op: Operation<ApiKeysUpdateResponse> = {
  id: "updateApiKey",
  method: "PATCH",
  path: "/api_keys/{apiKeyID}",
  body: { claims: "x?", scopes: "s[]", description: "s?", subject: "s", seconds_until_expiration: "n?" },
  response: /*#__PURE__*/ v.looseObject({
    object: v.string(),
    id: v.string(),
    type: v.string(),
    subject: v.string(),
    name: v.string(),
    description: v.exactOptional(v.nullable(v.string())),
    claims: v.nullable(v.unknown()),
    scopes: v.array(v.string()),
    revoked: v.boolean(),
    revocation_reason: v.nullable(v.string()),
    expired: v.boolean(),
    expiration: v.nullable(v.number()),
    created_by: v.nullable(v.string()),
    last_used_at: v.nullable(v.number()),
    created_at: v.number(),
    updated_at: v.number(),
  }),
};

/**
 * Update an API Key
 *
 * `PATCH /api_keys/{apiKeyID}` · documented errors: 400, 404
 */
export function apiKeysUpdate(
  core: ClerkCore,
  request: ApiKeysUpdateRequest,
  options?: CallOptions,
): Promise<Result<ApiKeysUpdateResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
