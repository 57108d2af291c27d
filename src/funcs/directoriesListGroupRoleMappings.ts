// Generated from bapi-2026-05-12.yml (ListDirectoryGroupRoleMappings). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DirectoriesListGroupRoleMappingsResponse } from "../models/directoriesListGroupRoleMappingsResponse.js";

/** The request of {@link directoriesListGroupRoleMappings}: path, query and body keys by their wire names. */
export interface DirectoriesListGroupRoleMappingsRequest {
  /** The ID of the directory. */
  directory_id: string;
}

export type { DirectoriesListGroupRoleMappingsResponse };

const op: Operation<DirectoriesListGroupRoleMappingsResponse> = {
  id: "ListDirectoryGroupRoleMappings",
  method: "GET",
  path: "/directories/{directory_id}/group_role_mappings",
  response: DirectoriesListGroupRoleMappingsResponse,
};

/**
 * List directory group role mappings
 *
 * Returns the list of directory group to organization role mappings for a directory, ordered by precedence.
 *
 * `GET /directories/{directory_id}/group_role_mappings` · documented errors: 401, 403, 404
 */
export function directoriesListGroupRoleMappings(
  core: ClerkCore,
  request: DirectoriesListGroupRoleMappingsRequest,
  options?: CallOptions,
): Promise<Result<DirectoriesListGroupRoleMappingsResponse, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
