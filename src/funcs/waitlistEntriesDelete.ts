// Generated from bapi-2026-05-12.yml (DeleteWaitlistEntry). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { DeletedObject } from "../models/deletedObject.js";

/** The request of {@link waitlistEntriesDelete}: path, query and body keys by their wire names. */
export interface WaitlistEntriesDeleteRequest {
  /** The ID of the waitlist entry to delete */
  waitlist_entry_id: string;
}

const op: Operation<DeletedObject> = {
  id: "DeleteWaitlistEntry",
  method: "DELETE",
  path: "/waitlist_entries/{waitlist_entry_id}",
  response: DeletedObject,
};

/**
 * Delete a pending waitlist entry
 *
 * Delete a pending waitlist entry.
 *
 * `DELETE /waitlist_entries/{waitlist_entry_id}` · documented errors: 400, 404, 409, 422
 */
export function waitlistEntriesDelete(
  core: ClerkCore,
  request: WaitlistEntriesDeleteRequest,
  options?: CallOptions,
): Promise<Result<DeletedObject, CallError<400 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
