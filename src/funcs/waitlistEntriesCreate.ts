// Generated from bapi-2026-05-12.yml (CreateWaitlistEntry). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { WaitlistEntry } from "../models/waitlistEntry.js";

/** The request of {@link waitlistEntriesCreate}: path, query and body keys by their wire names. */
export interface WaitlistEntriesCreateRequest {
  /** The email address to add to the waitlist */
  email_address: string;
  /**
   * Optional flag which denotes whether a confirmation email should be sent to the given email address.
   * Defaults to `true`.
   */
  notify?: boolean | null;
}

const op: Operation<WaitlistEntry> = {
  id: "CreateWaitlistEntry",
  method: "POST",
  path: "/waitlist_entries",
  body: { email_address: "s!", notify: "b?" },
  response: WaitlistEntry,
};

/**
 * Create a waitlist entry
 *
 * Creates a new waitlist entry for the given email address.
 * If the email address is already on the waitlist, no new entry will be created and the existing waitlist entry will be returned.
 *
 * `POST /waitlist_entries` · documented errors: 400, 422
 */
export function waitlistEntriesCreate(
  core: ClerkCore,
  request: WaitlistEntriesCreateRequest,
  options?: CallOptions,
): Promise<Result<WaitlistEntry, CallError<400 | 422>>> {
  return call(core, op, request, options);
}
