// Generated from bapi-2026-05-12.yml (CreateDirectory). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Directory } from "../models/directory.js";

/** The request of {@link directoriesCreate}: path, query and body keys by their wire names. */
export interface DirectoriesCreateRequest {
  /** The ID of the enterprise connection to associate with this directory. */
  enterprise_connection_id: string;
  /** A human-friendly name for the directory. */
  name?: string;
  /** The identity provider for this directory. */
  provider: string;
  /** Optional directory group to organization role mappings to create with the directory. */
  group_role_mappings?: {
    /** The group ID from the identity provider. Exactly one of `directory_group_id` or `scim_group_id` is required. */
    directory_group_id?: string;
    /** The legacy name for `directory_group_id`. Send either one, or both with the same value; sending both with different values is rejected. */
    scim_group_id?: string;
    /** Optional display name for the group. */
    directory_group_display_name?: string;
    /** The legacy name for `directory_group_display_name`. Send either one, or both with the same value; sending both with different values is rejected. */
    scim_group_display_name?: string;
    /** The organization role ID to assign to members of the group. */
    role_id: string;
    /** The precedence for this mapping. If omitted, precedence is assigned by array order. */
    precedence?: number;
  }[];
}

const op: Operation<Directory> = {
  id: "CreateDirectory",
  method: "POST",
  path: "/directories",
  body: { enterprise_connection_id: "s!", name: "s", provider: "s!", group_role_mappings: "a" },
  response: Directory,
};

/**
 * Create a directory
 *
 * Create a new directory for the instance.
 *
 * `POST /directories` · documented errors: 400, 401, 403, 422
 */
export function directoriesCreate(
  core: ClerkCore,
  request: DirectoriesCreateRequest,
  options?: CallOptions,
): Promise<Result<Directory, CallError<400 | 401 | 403 | 422>>> {
  return call(core, op, request, options);
}
