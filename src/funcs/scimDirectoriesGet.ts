// Generated from bapi-2026-05-12.yml (GetSCIMDirectory). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { SCIMDirectory } from "../models/scimDirectory.js";

/** The request of {@link scimDirectoriesGet}: path, query and body keys by their wire names. */
export interface ScimDirectoriesGetRequest {
  /** The ID of the directory to retrieve */
  scim_directory_id: string;
}

const op: Operation<SCIMDirectory> = {
  id: "GetSCIMDirectory",
  method: "GET",
  path: "/scim_directories/{scim_directory_id}",
  response: SCIMDirectory,
};

/**
 * Retrieve a directory
 *
 * Returns the details of a directory.
 *
 * `GET /scim_directories/{scim_directory_id}` · documented errors: 401, 403, 404
 */
export function scimDirectoriesGet(
  core: ClerkCore,
  request: ScimDirectoriesGetRequest,
  options?: CallOptions,
): Promise<Result<SCIMDirectory, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
