// Generated from bapi-2026-05-12.yml (UpdateSCIMDirectory). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SCIMDirectory } from "../models/scimDirectory.js";

/** The request of {@link scimDirectoriesUpdate}: path, query and body keys by their wire names. */
export interface ScimDirectoriesUpdateRequest {
  /** The ID of the directory to update */
  scim_directory_id: string;
  /** A human-friendly name for the directory. */
  name?: string;
  /** Whether the directory is enabled. */
  enabled?: boolean;
  /** The identity provider for this directory. */
  provider?: string;
  /**
   * Attribute-to-SCIM-path entries to merge into the directory's attribute mapping.
   * Set a key to `null` to remove it from the mapping.
   */
  attribute_mapping?: Record<string, string | null>;
  /** Whether group-to-role mapping is enabled for this directory. */
  group_role_mapping_enabled?: boolean;
}

const op: Operation<SCIMDirectory> = {
  id: "UpdateSCIMDirectory",
  method: "PATCH",
  path: "/scim_directories/{scim_directory_id}",
  body: { name: "s", enabled: "b", provider: "s", attribute_mapping: "o", group_role_mapping_enabled: "b" },
  response: SCIMDirectory,
};

/**
 * Update a directory
 *
 * Updates a directory.
 *
 * `PATCH /scim_directories/{scim_directory_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function scimDirectoriesUpdate(
  core: ClerkCore,
  request: ScimDirectoriesUpdateRequest,
  options?: CallOptions,
): Promise<Result<SCIMDirectory, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
