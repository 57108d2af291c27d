// Generated from bapi-2026-05-12.yml (UpdateDirectory). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Directory } from "../models/directory.js";

/** The request of {@link directoriesUpdate}: path, query and body keys by their wire names. */
export interface DirectoriesUpdateRequest {
  /** The ID of the directory to update */
  directory_id: string;
  /** A human-friendly name for the directory. */
  name?: string;
  /** Whether the directory is enabled. */
  enabled?: boolean;
  /** The identity provider for this directory. */
  provider?: string;
  /**
   * Attribute-to-directory-path entries to merge into the directory's attribute mapping.
   * Set a key to `null` to remove it from the mapping.
   */
  attribute_mapping?: Record<string, string | null>;
  /** Whether group-to-role mapping is enabled for this directory. */
  group_role_mapping_enabled?: boolean;
}

const op: Operation<Directory> = {
  id: "UpdateDirectory",
  method: "PATCH",
  path: "/directories/{directory_id}",
  body: { name: "s", enabled: "b", provider: "s", attribute_mapping: "o", group_role_mapping_enabled: "b" },
  response: Directory,
};

/**
 * Update a directory
 *
 * Updates a directory.
 *
 * `PATCH /directories/{directory_id}` · documented errors: 400, 401, 403, 404, 422
 */
export function directoriesUpdate(
  core: ClerkCore,
  request: DirectoriesUpdateRequest,
  options?: CallOptions,
): Promise<Result<Directory, CallError<400 | 401 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
