// Generated from bapi-2026-05-12.yml (CreateDirectoryGroupRoleMapping). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DirectoryGroupRoleMapping } from "../models/directoryGroupRoleMapping.js";

/** The request of {@link directoriesCreateGroupRoleMapping}: path, query and body keys by their wire names. */
export interface DirectoriesCreateGroupRoleMappingRequest {
  /** The ID of the directory. */
  directory_id: string;
  /** The group ID from the identity provider. Exactly one of `directory_group_id` or `scim_group_id` is required. */
  directory_group_id?: string;
  /** The legacy name for `directory_group_id`. Send either one, or both with the same value; sending both with different values is rejected. */
  scim_group_id?: string;
  /** The ID of the organization role to assign to members of the group. */
  role_id: string;
  /**
   * The precedence for this mapping. Lower values take priority when a user belongs
   * to multiple mapped groups. If omitted, the mapping is appended with the
   * next-highest precedence.
   */
  precedence?: number;
}

const op: Operation<DirectoryGroupRoleMapping> = {
  id: "CreateDirectoryGroupRoleMapping",
  method: "POST",
  path: "/directories/{directory_id}/group_role_mappings",
  body: { directory_group_id: "s", scim_group_id: "s", role_id: "s!", precedence: "i" },
  response: DirectoryGroupRoleMapping,
};

/**
 * Create a directory group role mapping
 *
 * Creates a new directory group to organization role mapping for a directory.
 * Group role mapping must be enabled on the directory.
 *
 * `POST /directories/{directory_id}/group_role_mappings` · documented errors: 400, 401, 403, 404, 422
 */
export function directoriesCreateGroupRoleMapping(
  core: ClerkCore,
  request: DirectoriesCreateGroupRoleMappingRequest,
  options?: CallOptions,
): Promise<Result<DirectoryGroupRoleMapping, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
