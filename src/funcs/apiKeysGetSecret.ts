// Generated from bapi-2026-05-12.yml (getApiKeySecret). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link apiKeysGetSecret}: path, query and body keys by their wire names. */
export interface ApiKeysGetSecretRequest {
  apiKeyID: string;
}

/** What {@link apiKeysGetSecret} returns. */
export interface ApiKeysGetSecretResponse {
  secret: string;
}

const op: Operation<ApiKeysGetSecretResponse> = {
  id: "getApiKeySecret",
  method: "GET",
  path: "/api_keys/{apiKeyID}/secret",
  response: /*#__PURE__*/ s.looseObject({
    secret: s.string,
  }),
};

/**
 * Get an API Key Secret
 *
 * `GET /api_keys/{apiKeyID}/secret` · documented errors: 400, 404
 */
export function apiKeysGetSecret(
  core: ClerkCore,
  request: ApiKeysGetSecretRequest,
  options?: CallOptions,
): Promise<Result<ApiKeysGetSecretResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
