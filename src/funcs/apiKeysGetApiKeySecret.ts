// Generated from bapi-2026-05-12.yml (getApiKeySecret). Do not edit: change codegen/ instead.
import * as v from "valibot";
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";

/** The request of {@link apiKeysGetApiKeySecret}: path, query and body keys by their wire names. */
export interface ApiKeysGetApiKeySecretRequest {
  apiKeyID: string;
}

/** What {@link apiKeysGetApiKeySecret} returns. */
export interface ApiKeysGetApiKeySecretResponse {
  secret: string;
}

const op: Operation<ApiKeysGetApiKeySecretResponse> = {
  id: "getApiKeySecret",
  method: "GET",
  path: "/api_keys/{apiKeyID}/secret",
  response: /*#__PURE__*/ v.looseObject({
    secret: v.string(),
  }),
};

/**
 * Get an API Key Secret
 *
 * `GET /api_keys/{apiKeyID}/secret` · documented errors: 400, 404
 */
export function apiKeysGetApiKeySecret(
  core: ClerkCore,
  request: ApiKeysGetApiKeySecretRequest,
  options?: CallOptions,
): Promise<Result<ApiKeysGetApiKeySecretResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
