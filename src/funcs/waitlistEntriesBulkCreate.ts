// Generated from bapi-2026-05-12.yml (CreateBulkWaitlistEntries). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { WaitlistEntry } from "../models/waitlistEntry.js";

/** The request of {@link waitlistEntriesBulkCreate}: path, query and body keys by their wire names. */
export interface WaitlistEntriesBulkCreateRequest {
  /** The request body. */
  body?: {
    /** The email address to add to the waitlist */
    email_address: string;
    /**
     * Optional flag which denotes whether a confirmation email should be sent to the given email address.
     * Defaults to `true`.
     */
    notify?: boolean | null;
  }[];
}

const op: Operation<WaitlistEntry[]> = {
  id: "CreateBulkWaitlistEntries",
  method: "POST",
  path: "/waitlist_entries/bulk",
  body: { body: "a" },
  bodyKind: "whole",
  response: /*#__PURE__*/ s.array(WaitlistEntry),
};

/**
 * Create multiple waitlist entries
 *
 * Creates multiple waitlist entries for the provided email addresses.
 * You can choose whether to send confirmation emails by setting the `notify` parameter to `true` or `false` for each entry.
 * If the `notify` parameter is omitted, it defaults to `true`.
 *
 * If an email address is already on the waitlist, no new entry will be created and the existing waitlist entry will be returned.
 * Duplicate email addresses within the same request are not allowed.
 *
 * This endpoint is limited to a maximum of 50 entries per API call. If you need to add more entries, please make multiple requests.
 *
 * `POST /waitlist_entries/bulk` · documented errors: 400, 422 · the body goes under the `body` key
 */
export function waitlistEntriesBulkCreate(
  core: ClerkCore,
  request?: WaitlistEntriesBulkCreateRequest,
  options?: CallOptions,
): Promise<Result<WaitlistEntry[], CallError<400 | 422>>> {
  return call(core, op, request, options);
}
