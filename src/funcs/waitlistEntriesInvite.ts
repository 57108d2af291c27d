// Generated from bapi-2026-05-12.yml (InviteWaitlistEntry). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { WaitlistEntry } from "../models/waitlistEntry.js";

/** The request of {@link waitlistEntriesInvite}: path, query and body keys by their wire names. */
export interface WaitlistEntriesInviteRequest {
  /** The ID of the waitlist entry to invite */
  waitlist_entry_id: string;
  /** Whether an invitation should be created if there is already an existing invitation for this email address, or it's claimed by another user. */
  ignore_existing?: boolean | null;
}

const op: Operation<WaitlistEntry> = {
  id: "InviteWaitlistEntry",
  method: "POST",
  path: "/waitlist_entries/{waitlist_entry_id}/invite",
  body: { ignore_existing: "b?" },
  response: WaitlistEntry,
};

/**
 * Invite a waitlist entry
 *
 * Send an invite to the email address in a waitlist entry.
 *
 * `POST /waitlist_entries/{waitlist_entry_id}/invite` · documented errors: 400, 404, 409, 422
 */
export function waitlistEntriesInvite(
  core: ClerkCore,
  request: WaitlistEntriesInviteRequest,
  options?: CallOptions,
): Promise<Result<WaitlistEntry, CallError<400 | 404 | 409 | 422>>> {
  return call(core, op, request, options);
}
