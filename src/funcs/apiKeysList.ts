// Generated from bapi-2026-05-12.yml (getApiKeys). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { ApiKey } from "../models/apiKey.js";

/** The request of {@link apiKeysList}: path, query and body keys by their wire names. */
export interface ApiKeysListRequest {
  type?: string;
  subject: string;
  include_invalid?: "true" | "false";
  limit?: number;
  offset?: number | null;
  query?: string;
}

/** What {@link apiKeysList} returns. */
export interface ApiKeysListResponse {
  data: ApiKey[];
  total_count: number;
}

const op: Operation<ApiKeysListResponse> = {
  id: "getApiKeys",
  method: "GET",
  path: "/api_keys",
  query: { type: "s", subject: "s!", include_invalid: "s", limit: "n", offset: "n?", query: "s" },
  response: /*#__PURE__*/ s.looseObject({
    data: s.array(ApiKey),
    total_count: s.number,
  }),
};

/**
 * Get API Keys
 *
 * `GET /api_keys` · documented errors: 400, 404 · pages with `paginate` (data/total_count envelope)
 */
export function apiKeysList(
  core: ClerkCore,
  request: ApiKeysListRequest,
  options?: CallOptions,
): Promise<Result<ApiKeysListResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
