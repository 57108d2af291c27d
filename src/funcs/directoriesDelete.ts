// Generated from bapi-2026-05-12.yml (DeleteDirectory). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link directoriesDelete}: path, query and body keys by their wire names. */
export interface DirectoriesDeleteRequest {
  /** The ID of the directory to delete */
  directory_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteDirectory",
  method: "DELETE",
  path: "/directories/{directory_id}",
  response: DeletedObject,
};

/**
 * Delete a directory
 *
 * Deletes a directory and stops provisioning for it. Provisioning requests authenticated
 * with the directory's API key are rejected afterwards.
 *
 * `DELETE /directories/{directory_id}` · documented errors: 401, 403, 404
 */
export function directoriesDelete(
  core: ClerkCore,
  request: DirectoriesDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<401 | 403 | 404>>> {
  return call(core, op, request, options);
}
