// Generated from bapi-2026-05-12.yml (RotateSCIMDirectoryAPIKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SCIMDirectory } from "../models/scimDirectory.js";

/** The request of {@link scimDirectoriesRotateApiKey}: path, query and body keys by their wire names. */
export interface ScimDirectoriesRotateApiKeyRequest {
  /** The ID of the directory whose API key to rotate */
  scim_directory_id: string;
}

const op: Operation<SCIMDirectory> = {
  id: "RotateSCIMDirectoryAPIKey",
  method: "POST",
  path: "/scim_directories/{scim_directory_id}/rotate_api_key",
  response: SCIMDirectory,
};

/**
 * Rotate a directory's API key
 *
 * Generates a new API key for the directory and returns it in the `api_key` field.
 * This is the only way to obtain the key after creation, so make sure to update it in
 * your identity provider. The previous key remains valid for a short grace period before
 * it expires.
 *
 * `POST /scim_directories/{scim_directory_id}/rotate_api_key` · documented errors: 401, 403, 404
 */
export function scimDirectoriesRotateApiKey(
  core: ClerkCore,
  request: ScimDirectoriesRotateApiKeyRequest,
  options?: CallOptions,
): Promise<Result<SCIMDirectory, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
