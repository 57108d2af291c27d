// Generated from bapi-2026-05-12.yml (revokeApiKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ApiKey } from "../models/apiKey.js";

/** The request of {@link apiKeysRevoke}: path, query and body keys by their wire names. */
export interface ApiKeysRevokeRequest {
  apiKeyID: string;
  revocation_reason?: string | null;
}

/** What {@link apiKeysRevoke} returns: the shared {@link ApiKey} model. */
export type ApiKeysRevokeResponse = ApiKey;

const op: Operation<ApiKey> = {
  id: "revokeApiKey",
  method: "POST",
  path: "/api_keys/{apiKeyID}/revoke",
  body: { revocation_reason: "s?" },
  response: ApiKey,
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
): Promise<Result<ApiKey, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
