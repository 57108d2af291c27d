// Generated from bapi-2026-05-12.yml (verifyApiKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ApiKey } from "../models/apiKey.js";

/** The request of {@link apiKeysVerify}: path, query and body keys by their wire names. */
export interface ApiKeysVerifyRequest {
  secret: string;
}

/** What {@link apiKeysVerify} returns: the shared {@link ApiKey} model. */
export type ApiKeysVerifyResponse = ApiKey;

const op: Operation<ApiKey> = {
  id: "verifyApiKey",
  method: "POST",
  path: "/api_keys/verify",
  body: { secret: "s!" },
  response: ApiKey,
};

/**
 * Verify an API Key
 *
 * `POST /api_keys/verify` · documented errors: 400, 404
 */
export function apiKeysVerify(
  core: ClerkCore,
  request: ApiKeysVerifyRequest,
  options?: CallOptions,
): Promise<Result<ApiKey, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
