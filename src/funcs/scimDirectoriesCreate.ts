// Generated from bapi-2026-05-12.yml (CreateSCIMDirectory). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SCIMDirectory } from "../models/scimDirectory.js";

/** The request of {@link scimDirectoriesCreate}: path, query and body keys by their wire names. */
export interface ScimDirectoriesCreateRequest {
  /** The ID of the enterprise connection to associate with this directory. */
  enterprise_connection_id: string;
  /** A human-friendly name for the directory. */
  name?: string;
  /** The identity provider for this directory. */
  provider: string;
  /** Optional SCIM group to organization role mappings to create with the directory. */
  group_role_mappings?: {
    /** The SCIM group ID from the identity provider. */
    scim_group_id: string;
    /** Optional display name for the SCIM group. */
    scim_group_display_name?: string;
    /** The organization role ID to assign to members of the SCIM group. */
    role_id: string;
    /** The precedence for this mapping. If omitted, precedence is assigned by array order. */
    precedence?: number;
  }[];
}

const op: Operation<SCIMDirectory> = {
  id: "CreateSCIMDirectory",
  method: "POST",
  path: "/scim_directories",
  body: { enterprise_connection_id: "s!", name: "s", provider: "s!", group_role_mappings: "a" },
  response: SCIMDirectory,
};

/**
 * Create a directory
 *
 * Create a new directory for the instance.
 *
 * `POST /scim_directories` · documented errors: 400, 401, 403, 422
 */
export function scimDirectoriesCreate(
  core: ClerkCore,
  request: ScimDirectoriesCreateRequest,
  options?: CallOptions,
): Promise<Result<SCIMDirectory, CallError<400 | 401 | 403 | 422>>> {
  return call(core, op, request, options);
}
