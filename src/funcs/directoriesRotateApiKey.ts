// Generated from bapi-2026-05-12.yml (RotateDirectoryAPIKey). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Directory } from "../models/directory.js";

/** The request of {@link directoriesRotateApiKey}: path, query and body keys by their wire names. */
export interface DirectoriesRotateApiKeyRequest {
  /** The ID of the directory whose API key to rotate */
  directory_id: string;
}

const op: Operation<Directory> = {
  id: "RotateDirectoryAPIKey",
  method: "POST",
  path: "/directories/{directory_id}/rotate_api_key",
  response: Directory,
};

/**
 * Rotate a directory's API key
 *
 * Generates a new API key for the directory and returns it in the `api_key` field.
 * This is the only way to obtain the key after creation, so make sure to update it in
 * your identity provider. The previous key remains valid for a short grace period before
 * it expires.
 *
 * `POST /directories/{directory_id}/rotate_api_key` · documented errors: 401, 403, 404
 */
export function directoriesRotateApiKey(
  core: ClerkCore,
  request: DirectoriesRotateApiKeyRequest,
  options?: CallOptions,
): Promise<Result<Directory, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
