// Generated from bapi-2026-05-12.yml (GetDirectory). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Directory } from "../models/directory.js";

/** The request of {@link directoriesGet}: path, query and body keys by their wire names. */
export interface DirectoriesGetRequest {
  /** The ID of the directory to retrieve */
  directory_id: string;
}

const op: Operation<Directory> = {
  id: "GetDirectory",
  method: "GET",
  path: "/directories/{directory_id}",
  response: Directory,
};

/**
 * Retrieve a directory
 *
 * Returns the details of a directory.
 *
 * `GET /directories/{directory_id}` · documented errors: 401, 403, 404
 */
export function directoriesGet(
  core: ClerkCore,
  request: DirectoriesGetRequest,
  options?: CallOptions,
): Promise<Result<Directory, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
