// Generated from bapi-2026-05-12.yml (deleteApiKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link apiKeysDelete}: path, query and body keys by their wire names. */
export interface ApiKeysDeleteRequest {
  apiKeyID: string;
}

/** What {@link apiKeysDelete} returns. */
export interface ApiKeysDeleteResponse {
  id: string;
  object: "api_key" | (string & {});
  deleted: boolean;
}

const op: Operation<ApiKeysDeleteResponse> = {
  id: "deleteApiKey",
  method: "DELETE",
  path: "/api_keys/{apiKeyID}",
  response: /*#__PURE__*/ s.looseObject({
    id: s.string,
    object: s.string,
    deleted: s.boolean,
  }),
};

/**
 * Delete an API Key
 *
 * `DELETE /api_keys/{apiKeyID}` · documented errors: 400, 404
 */
export function apiKeysDelete(
  core: ClerkCore,
  request: ApiKeysDeleteRequest,
  options?: CallOptions,
): Promise<Result<ApiKeysDeleteResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
