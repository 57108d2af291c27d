// Generated from bapi-2026-05-12.yml (DeleteSCIMGroupRoleMapping). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link scimDirectoriesDeleteGroupRoleMapping}: path, query and body keys by their wire names. */
export interface ScimDirectoriesDeleteGroupRoleMappingRequest {
  /** The ID of the directory. */
  scim_directory_id: string;
  /** The ID of the SCIM group role mapping to delete. */
  mapping_id: string;
}

/** What {@link scimDirectoriesDeleteGroupRoleMapping} returns. */
export interface ScimDirectoriesDeleteGroupRoleMappingResponse {
  /** String representing the object's type. */
  object: "scim_group_role_mapping" | (string & {});
  /** The ID of the deleted SCIM group role mapping. */
  id: string;
  /** Whether the SCIM group role mapping was successfully deleted. */
  deleted: boolean;
}

const op: Operation<ScimDirectoriesDeleteGroupRoleMappingResponse> = {
  id: "DeleteSCIMGroupRoleMapping",
  method: "DELETE",
  path: "/scim_directories/{scim_directory_id}/group_role_mappings/{mapping_id}",
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    deleted: s.boolean,
  }),
};

/**
 * Delete a SCIM group role mapping
 *
 * Deletes a single SCIM group role mapping. Group role mapping must be enabled on the
 * directory.
 *
 * `DELETE /scim_directories/{scim_directory_id}/group_role_mappings/{mapping_id}` · documented errors: 400, 401, 403, 404
 */
export function scimDirectoriesDeleteGroupRoleMapping(
  core: ClerkCore,
  request: ScimDirectoriesDeleteGroupRoleMappingRequest,
  options?: CallOptions,
): Promise<Result<ScimDirectoriesDeleteGroupRoleMappingResponse, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
