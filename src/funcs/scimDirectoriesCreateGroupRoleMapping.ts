// Generated from bapi-2026-05-12.yml (CreateSCIMGroupRoleMapping). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SCIMGroupRoleMapping } from "../models/scimGroupRoleMapping.js";

/** The request of {@link scimDirectoriesCreateGroupRoleMapping}: path, query and body keys by their wire names. */
export interface ScimDirectoriesCreateGroupRoleMappingRequest {
  /** The ID of the directory. */
  scim_directory_id: string;
  /** The SCIM group ID from the identity provider. */
  scim_group_id: string;
  /** The ID of the organization role to assign to members of the SCIM group. */
  role_id: string;
  /**
   * The precedence for this mapping. Lower values take priority when a user belongs
   * to multiple mapped groups. If omitted, the mapping is appended with the
   * next-highest precedence.
   */
  precedence?: number;
}

const op: Operation<SCIMGroupRoleMapping> = {
  id: "CreateSCIMGroupRoleMapping",
  method: "POST",
  path: "/scim_directories/{scim_directory_id}/group_role_mappings",
  body: { scim_group_id: "s!", role_id: "s!", precedence: "i" },
  response: SCIMGroupRoleMapping,
};

/**
 * Create a SCIM group role mapping
 *
 * Creates a new SCIM group to organization role mapping for a directory.
 * Group role mapping must be enabled on the directory.
 *
 * `POST /scim_directories/{scim_directory_id}/group_role_mappings` · documented errors: 400, 401, 403, 404, 422
 */
export function scimDirectoriesCreateGroupRoleMapping(
  core: ClerkCore,
  request: ScimDirectoriesCreateGroupRoleMappingRequest,
  options?: CallOptions,
): Promise<Result<SCIMGroupRoleMapping, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
