// Generated from bapi-2026-05-12.yml (DeleteEnterpriseConnection). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link enterpriseConnectionsDelete}: path, query and body keys by their wire names. */
export interface EnterpriseConnectionsDeleteRequest {
  /** The ID of the enterprise connection to delete */
  enterprise_connection_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteEnterpriseConnection",
  method: "DELETE",
  path: "/enterprise_connections/{enterprise_connection_id}",
  response: DeletedObject,
};

/**
 * Delete an enterprise connection
 *
 * Deletes the enterprise connection whose ID matches the provided `enterprise_connection_id` in the path.
 *
 * `DELETE /enterprise_connections/{enterprise_connection_id}` · documented errors: 402, 403, 404
 */
export function enterpriseConnectionsDelete(
  core: ClerkCore,
  request: EnterpriseConnectionsDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<402 | 403 | 404>>> {
  return call(core, op, request, options);
}
