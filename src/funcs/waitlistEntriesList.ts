// Generated from bapi-2026-05-12.yml (ListWaitlistEntries). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { WaitlistEntry } from "../models/waitlistEntry.js";

/** The request of {@link waitlistEntriesList}: path, query and body keys by their wire names. */
export interface WaitlistEntriesListRequest {
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: number;
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: number;
  /** Filter waitlist entries by `email_address` or `id` */
  query?: string;
  /** Filter waitlist entries by their status */
  status?: "pending" | "invited" | "completed" | "rejected";
  /**
   * Specify the order of results. Supported values are:
   * - `created_at`
   * - `email_address`
   * - `invited_at`
   *
   * Use `+` for ascending or `-` for descending order. Defaults to `-created_at`.
   */
  order_by?: "created_at" | "+created_at" | "-created_at" | "email_address" | "+email_address" | "-email_address" | "invited_at" | "+invited_at" | "-invited_at";
}

/** What {@link waitlistEntriesList} returns. */
export interface WaitlistEntriesListResponse {
  data: WaitlistEntry[];
  /** Total number of waitlist entries */
  total_count: number;
}

const op: Operation<WaitlistEntriesListResponse> = {
  id: "ListWaitlistEntries",
  method: "GET",
  path: "/waitlist_entries",
  query: { limit: "i", offset: "i", query: "s", status: "s", order_by: "s" },
  response: /*#__PURE__*/ s.looseObject({
    data: s.array(WaitlistEntry),
    total_count: s.number,
  }),
};

/**
 * List all waitlist entries
 *
 * Retrieve a list of waitlist entries for the instance.
 * Entries are ordered by creation date in descending order by default.
 * Supports filtering by email address or status and pagination with limit and offset parameters.
 *
 * `GET /waitlist_entries` · pages with `paginate` (data/total_count envelope)
 */
export function waitlistEntriesList(
  core: ClerkCore,
  request?: WaitlistEntriesListRequest,
  options?: CallOptions,
): Promise<Result<WaitlistEntriesListResponse, CallError<never>>> {
  return call(core, op, request, options);
}
