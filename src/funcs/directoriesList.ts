// Generated from bapi-2026-05-12.yml (ListDirectories). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { Directories } from "../models/directories.js";

/** The request of {@link directoriesList}: path, query and body keys by their wire names. */
export interface DirectoriesListRequest {
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

/** What {@link directoriesList} returns. */
export interface DirectoriesListResponse {
  data: Directories;
  /** Total number of directories. */
  total_count: number;
}

const op: Operation<DirectoriesListResponse> = {
  id: "ListDirectories",
  method: "GET",
  path: "/directories",
  query: { limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.looseObject({
    data: Directories,
    total_count: s.number,
  }),
};

/**
 * List all directories
 *
 * Returns a list of all directories for the instance.
 *
 * `GET /directories` · documented errors: 401, 403 · pages with `paginate` (data/total_count envelope)
 */
export function directoriesList(
  core: ClerkCore,
  request?: DirectoriesListRequest,
  options?: CallOptions,
): Promise<Result<DirectoriesListResponse, CallError<401 | 403>>> {
  return call(core, op, request, options);
}
