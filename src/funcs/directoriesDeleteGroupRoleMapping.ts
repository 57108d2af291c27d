// Generated from bapi-2026-05-12.yml (DeleteDirectoryGroupRoleMapping). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link directoriesDeleteGroupRoleMapping}: path, query and body keys by their wire names. */
export interface DirectoriesDeleteGroupRoleMappingRequest {
  /** The ID of the directory. */
  directory_id: string;
  /** The ID of the directory group role mapping to delete. */
  mapping_id: string;
}

/** What {@link directoriesDeleteGroupRoleMapping} returns. */
export interface DirectoriesDeleteGroupRoleMappingResponse {
  /** String representing the object's type. */
  object: "directory_group_role_mapping" | (string & {});
  /** The ID of the deleted directory group role mapping. */
  id: string;
  /** Whether the directory group role mapping was successfully deleted. */
  deleted: boolean;
}

const op: Operation<DirectoriesDeleteGroupRoleMappingResponse> = {
  id: "DeleteDirectoryGroupRoleMapping",
  method: "DELETE",
  path: "/directories/{directory_id}/group_role_mappings/{mapping_id}",
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    deleted: s.boolean,
  }),
};

/**
 * Delete a directory group role mapping
 *
 * Deletes a single directory group role mapping. Group role mapping must be enabled on the
 * directory.
 *
 * `DELETE /directories/{directory_id}/group_role_mappings/{mapping_id}` · documented errors: 400, 401, 403, 404
 */
export function directoriesDeleteGroupRoleMapping(
  core: ClerkCore,
  request: DirectoriesDeleteGroupRoleMappingRequest,
  options?: CallOptions,
): Promise<Result<DirectoriesDeleteGroupRoleMappingResponse, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
