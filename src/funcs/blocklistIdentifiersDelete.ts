// Generated from bapi-2026-05-12.yml (DeleteBlocklistIdentifier). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link blocklistIdentifiersDelete}: path, query and body keys by their wire names. */
export interface BlocklistIdentifiersDeleteRequest {
  /** The ID of the identifier to delete from the block-list */
  identifier_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteBlocklistIdentifier",
  method: "DELETE",
  path: "/blocklist_identifiers/{identifier_id}",
  response: DeletedObject,
};

/**
 * Delete identifier from block-list
 *
 * Delete an identifier from the instance block-list
 *
 * `DELETE /blocklist_identifiers/{identifier_id}` · documented errors: 402, 404
 */
export function blocklistIdentifiersDelete(
  core: ClerkCore,
  request: BlocklistIdentifiersDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<402 | 404>>> {
  return call(core, op, request, options);
}
