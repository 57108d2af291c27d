// Generated from bapi-2026-05-12.yml (ReplaceDirectoryGroupRoleMappings). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DirectoriesListGroupRoleMappingsResponse } from "../models/directoriesListGroupRoleMappingsResponse.js";

/** The request of {@link directoriesReplaceGroupRoleMappings}: path, query and body keys by their wire names. */
export interface DirectoriesReplaceGroupRoleMappingsRequest {
  /** The ID of the directory. */
  directory_id: string;
  /** The desired set of mappings. Array order sets precedence (1-indexed). An empty array clears all mappings. */
  mappings: {
    /** The group ID from the identity provider. Exactly one of `directory_group_id` or `scim_group_id` is required. */
    directory_group_id?: string;
    /** The legacy name for `directory_group_id`. Send either one, or both with the same value; sending both with different values is rejected. */
    scim_group_id?: string;
    /** The ID of the organization role to assign to members of the group. */
    role_id: string;
  }[];
}

/** What {@link directoriesReplaceGroupRoleMappings} returns: the shared {@link DirectoriesListGroupRoleMappingsResponse} model. */
export type DirectoriesReplaceGroupRoleMappingsResponse = DirectoriesListGroupRoleMappingsResponse;

const op: Operation<DirectoriesListGroupRoleMappingsResponse> = {
  id: "ReplaceDirectoryGroupRoleMappings",
  method: "PUT",
  path: "/directories/{directory_id}/group_role_mappings",
  body: { mappings: "a!" },
  response: DirectoriesListGroupRoleMappingsResponse,
};

/**
 * Replace directory group role mappings
 *
 * Replaces the entire set of directory group role mappings for a directory. The position of
 * each item in the `mappings` array determines its precedence (the first item gets
 * precedence 1). Passing an empty array removes all mappings. Group role mapping must be
 * enabled on the directory.
 *
 * `PUT /directories/{directory_id}/group_role_mappings` · documented errors: 400, 401, 403, 404, 422
 */
export function directoriesReplaceGroupRoleMappings(
  core: ClerkCore,
  request: DirectoriesReplaceGroupRoleMappingsRequest,
  options?: CallOptions,
): Promise<Result<DirectoriesListGroupRoleMappingsResponse, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
