// Generated from bapi-2026-05-12.yml (ListSCIMGroupRoleMappings). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ScimDirectoriesListGroupRoleMappingsResponse } from "../models/scimDirectoriesListGroupRoleMappingsResponse.js";

/** The request of {@link scimDirectoriesListGroupRoleMappings}: path, query and body keys by their wire names. */
export interface ScimDirectoriesListGroupRoleMappingsRequest {
  /** The ID of the directory. */
  scim_directory_id: string;
}

export type { ScimDirectoriesListGroupRoleMappingsResponse };

const op: Operation<ScimDirectoriesListGroupRoleMappingsResponse> = {
  id: "ListSCIMGroupRoleMappings",
  method: "GET",
  path: "/scim_directories/{scim_directory_id}/group_role_mappings",
  response: ScimDirectoriesListGroupRoleMappingsResponse,
};

/**
 * List SCIM group role mappings
 *
 * Returns the list of SCIM group to organization role mappings for a directory, ordered by precedence.
 *
 * `GET /scim_directories/{scim_directory_id}/group_role_mappings` · documented errors: 401, 403, 404
 */
export function scimDirectoriesListGroupRoleMappings(
  core: ClerkCore,
  request: ScimDirectoriesListGroupRoleMappingsRequest,
  options?: CallOptions,
): Promise<Result<ScimDirectoriesListGroupRoleMappingsResponse, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
