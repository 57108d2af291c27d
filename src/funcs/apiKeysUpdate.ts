// Generated from bapi-2026-05-12.yml (updateApiKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ApiKey } from "../models/apiKey.js";

/** The request of {@link apiKeysUpdate}: path, query and body keys by their wire names. */
export interface ApiKeysUpdateRequest {
  apiKeyID: string;
  claims?: unknown;
  scopes?: string[];
  description?: string | null;
  subject?: string;
  seconds_until_expiration?: number | null;
}

/** What {@link apiKeysUpdate} returns: the shared {@link ApiKey} model. */
export type ApiKeysUpdateResponse = ApiKey;

const op: Operation<ApiKey> = {
  id: "updateApiKey",
  method: "PATCH",
  path: "/api_keys/{apiKeyID}",
  body: { claims: "x?", scopes: "s[]", description: "s?", subject: "s", seconds_until_expiration: "n?" },
  response: ApiKey,
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
): Promise<Result<ApiKey, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
