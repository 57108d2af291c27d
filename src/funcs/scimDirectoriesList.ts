// Generated from bapi-2026-05-12.yml (ListSCIMDirectories). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { SCIMDirectories } from "../models/scimDirectories.js";

/** The request of {@link scimDirectoriesList}: path, query and body keys by their wire names. */
export interface ScimDirectoriesListRequest {
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: number;
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: number;
}

/** What {@link scimDirectoriesList} returns. */
export interface ScimDirectoriesListResponse {
  data: SCIMDirectories;
  /** Total number of directories. */
  total_count: number;
}

const op: Operation<ScimDirectoriesListResponse> = {
  id: "ListSCIMDirectories",
  method: "GET",
  path: "/scim_directories",
  query: { limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.looseObject({
    data: SCIMDirectories,
    total_count: s.number,
  }),
};

/**
 * List all directories
 *
 * Returns a list of all directories for the instance.
 *
 * `GET /scim_directories` · documented errors: 401, 403 · pages with `paginate` (data/total_count envelope)
 */
export function scimDirectoriesList(
  core: ClerkCore,
  request?: ScimDirectoriesListRequest,
  options?: CallOptions,
): Promise<Result<ScimDirectoriesListResponse, CallError<401 | 403>>> {
  return call(core, op, request, options);
}
