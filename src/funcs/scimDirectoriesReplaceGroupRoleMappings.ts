// Generated from bapi-2026-05-12.yml (ReplaceSCIMGroupRoleMappings). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { ScimDirectoriesListGroupRoleMappingsResponse } from "../models/scimDirectoriesListGroupRoleMappingsResponse.js";

/** The request of {@link scimDirectoriesReplaceGroupRoleMappings}: path, query and body keys by their wire names. */
export interface ScimDirectoriesReplaceGroupRoleMappingsRequest {
  /** The ID of the directory. */
  scim_directory_id: string;
  /** The desired set of mappings. Array order sets precedence (1-indexed). An empty array clears all mappings. */
  mappings: {
    /** The SCIM group ID from the identity provider. */
    scim_group_id: string;
    /** The ID of the organization role to assign to members of the SCIM group. */
    role_id: string;
  }[];
}

/** What {@link scimDirectoriesReplaceGroupRoleMappings} returns: the shared {@link ScimDirectoriesListGroupRoleMappingsResponse} model. */
export type ScimDirectoriesReplaceGroupRoleMappingsResponse = ScimDirectoriesListGroupRoleMappingsResponse;

const op: Operation<ScimDirectoriesListGroupRoleMappingsResponse> = {
  id: "ReplaceSCIMGroupRoleMappings",
  method: "PUT",
  path: "/scim_directories/{scim_directory_id}/group_role_mappings",
  body: { mappings: "a!" },
  response: ScimDirectoriesListGroupRoleMappingsResponse,
};

/**
 * Replace SCIM group role mappings
 *
 * Replaces the entire set of SCIM group role mappings for a directory. The position of
 * each item in the `mappings` array determines its precedence (the first item gets
 * precedence 1). Passing an empty array removes all mappings. Group role mapping must be
 * enabled on the directory.
 *
 * `PUT /scim_directories/{scim_directory_id}/group_role_mappings` · documented errors: 400, 401, 403, 404, 422
 */
export function scimDirectoriesReplaceGroupRoleMappings(
  core: ClerkCore,
  request: ScimDirectoriesReplaceGroupRoleMappingsRequest,
  options?: CallOptions,
): Promise<Result<ScimDirectoriesListGroupRoleMappingsResponse, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
