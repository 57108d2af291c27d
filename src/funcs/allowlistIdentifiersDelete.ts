// Generated from bapi-2026-05-12.yml (DeleteAllowlistIdentifier). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link allowlistIdentifiersDelete}: path, query and body keys by their wire names. */
export interface AllowlistIdentifiersDeleteRequest {
  /** The ID of the identifier to delete from the allow-list */
  identifier_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteAllowlistIdentifier",
  method: "DELETE",
  path: "/allowlist_identifiers/{identifier_id}",
  response: DeletedObject,
};

/**
 * Delete identifier from allow-list
 *
 * Delete an identifier from the instance allow-list
 *
 * `DELETE /allowlist_identifiers/{identifier_id}` · documented errors: 402, 404
 */
export function allowlistIdentifiersDelete(
  core: ClerkCore,
  request: AllowlistIdentifiersDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<402 | 404>>> {
  return call(core, op, request, options);
}
