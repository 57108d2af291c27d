// Generated from bapi-2026-05-12.yml (ListInvitations). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { Invitation } from "../models/invitation.js";

/** The request of {@link invitationsList}: path, query and body keys by their wire names. */
export interface InvitationsListRequest {
  /** Filter invitations based on their status */
  status?: "pending" | "accepted" | "revoked" | "expired";
  /** Filter invitations based on their `email_address` or `id` */
  query?: string;
  /**
   * Allows to return invitations in a particular order.
   * At the moment, you can order the returned invitations either by their `created_at`, `email_address` or `expires_at`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  order_by?: "created_at" | "+created_at" | "-created_at" | "email_address" | "+email_address" | "-email_address" | "expires_at" | "+expires_at" | "-expires_at";
  /**
   * Whether to paginate the results.
   * If true, the results will be paginated.
   * If false, the results will not be paginated.
   */
  paginated?: boolean;
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
}

const op: Operation<Invitation[]> = {
  id: "ListInvitations",
  method: "GET",
  path: "/invitations",
  query: { status: "s", query: "s", order_by: "s", paginated: "b", limit: "i", offset: "i" },
  response: /*#__PURE__*/ s.array(Invitation),
  paginated: true,
};

/**
 * List all invitations
 *
 * Returns all non-revoked invitations for your application, sorted by creation date
 *
 * `GET /invitations` · pages with `paginate` (bare array) · `paginated: true` answers `{ data, total_count }`
 */
export function invitationsList(
  core: ClerkCore,
  request: InvitationsListRequest & { paginated: true },
  options?: CallOptions,
): Promise<Result<{ data: Invitation[]; total_count: number }, CallError<never>>>;
/** Without `paginated: true`: the bare array. */
export function invitationsList(
  core: ClerkCore,
  request?: InvitationsListRequest & { paginated?: false },
  options?: CallOptions,
): Promise<Result<Invitation[], CallError<never>>>;
/** A `paginated` flag known only at run time: either shape. */
export function invitationsList(
  core: ClerkCore,
  request?: InvitationsListRequest,
  options?: CallOptions,
): Promise<Result<Invitation[] | { data: Invitation[]; total_count: number }, CallError<never>>>;
export function invitationsList(
  core: ClerkCore,
  request?: InvitationsListRequest,
  options?: CallOptions,
): Promise<Result<Invitation[] | { data: Invitation[]; total_count: number }, CallError<never>>> {
  return call(core, op, request, options);
}
