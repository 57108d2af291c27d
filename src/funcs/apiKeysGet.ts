// Generated from bapi-2026-05-12.yml (getApiKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ApiKey } from "../models/apiKey.js";

/** The request of {@link apiKeysGet}: path, query and body keys by their wire names. */
export interface ApiKeysGetRequest {
  apiKeyID: string;
}

/** What {@link apiKeysGet} returns: the shared {@link ApiKey} model. */
export type ApiKeysGetResponse = ApiKey;

const op: Operation<ApiKey> = {
  id: "getApiKey",
  method: "GET",
  path: "/api_keys/{apiKeyID}",
  response: ApiKey,
};

/**
 * Get an API Key by ID
 *
 * `GET /api_keys/{apiKeyID}` · documented errors: 400, 404
 */
export function apiKeysGet(
  core: ClerkCore,
  request: ApiKeysGetRequest,
  options?: CallOptions,
): Promise<Result<ApiKey, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
