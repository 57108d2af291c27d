// Generated from bapi-2026-05-12.yml (ListOrganizationInvitations). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationInvitations } from "../models/organizationInvitations.js";

/** The request of {@link organizationInvitationsList}: path, query and body keys by their wire names. */
export interface OrganizationInvitationsListRequest {
  /** The organization ID. */
  organization_id: string;
  /** Filter organization invitations based on their status */
  status?: "pending" | "accepted" | "revoked" | "expired";
  /** Returns organization invitations inviting the specified email address. */
  email_address?: string;
  /**
   * Allows to return organization invitations in a particular order.
   * You can order the returned organization invitations either by their `created_at` or `email_address`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  order_by?: "created_at" | "+created_at" | "-created_at" | "email_address" | "+email_address" | "-email_address";
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

const op: Operation<OrganizationInvitations> = {
  id: "ListOrganizationInvitations",
  method: "GET",
  path: "/organizations/{organization_id}/invitations",
  query: { status: "s", email_address: "s", order_by: "s", limit: "i", offset: "i" },
  response: OrganizationInvitations,
};

/**
 * Get a list of organization invitations
 *
 * This request returns the list of organization invitations.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * You can filter them by providing the 'status' query parameter, that accepts multiple values.
 * The organization invitations are ordered by descending creation date.
 * Most recent invitations will be returned first.
 * Any invitations created as a result of an Organization Domain are not included in the results.
 *
 * `GET /organizations/{organization_id}/invitations` · documented errors: 400, 404, 422 · pages with `paginate` (data/total_count envelope)
 */
export function organizationInvitationsList(
  core: ClerkCore,
  request: OrganizationInvitationsListRequest,
  options?: CallOptions,
): Promise<Result<OrganizationInvitations, CallError<400 | 404 | 422>>> {
  return call(core, op, request, options);
}
