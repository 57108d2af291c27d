// Generated from bapi-2026-05-12.yml (RejectWaitlistEntry). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { WaitlistEntry } from "../models/waitlistEntry.js";

/** The request of {@link waitlistEntriesReject}: path, query and body keys by their wire names. */
export interface WaitlistEntriesRejectRequest {
  /** The ID of the waitlist entry to reject */
  waitlist_entry_id: string;
}

const op: Operation<WaitlistEntry> = {
  id: "RejectWaitlistEntry",
  method: "POST",
  path: "/waitlist_entries/{waitlist_entry_id}/reject",
  response: WaitlistEntry,
};

/**
 * Reject a waitlist entry
 *
 * Reject a waitlist entry.
 *
 * `POST /waitlist_entries/{waitlist_entry_id}/reject` · documented errors: 400, 404, 409, 422
 */
export function waitlistEntriesReject(
  core: ClerkCore,
  request: WaitlistEntriesRejectRequest,
  options?: CallOptions,
): Promise<Result<WaitlistEntry, CallError<400 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
