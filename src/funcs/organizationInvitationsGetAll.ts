// Generated from bapi-2026-05-12.yml (ListInstanceOrganizationInvitations). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationInvitationsWithPublicOrganizationData } from "../models/organizationInvitationsWithPublicOrganizationData.js";

/** The request of {@link organizationInvitationsGetAll}: path, query and body keys by their wire names. */
export interface OrganizationInvitationsGetAllRequest {
  /**
   * Allows to return organization invitations in a particular order.
   * At the moment, you can order the returned organization invitations either by their `created_at` or `email_address`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  order_by?: "created_at" | "+created_at" | "-created_at" | "email_address" | "+email_address" | "-email_address";
  /** Filter organization invitations based on their status */
  status?: "pending" | "accepted" | "revoked" | "expired";
  /** Filter organization invitations based on their `email_address` */
  query?: string;
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

const op: Operation<OrganizationInvitationsWithPublicOrganizationData> = {
  id: "ListInstanceOrganizationInvitations",
  method: "GET",
  path: "/organization_invitations",
  query: { order_by: "s", status: "s", query: "s", limit: "i", offset: "i" },
  response: OrganizationInvitationsWithPublicOrganizationData,
};

/**
 * Get a list of organization invitations for the current instance
 *
 * This request returns the list of organization invitations for the instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * You can filter them by providing the 'status' query parameter, that accepts multiple values.
 * You can change the order by providing the 'order' query parameter, that accepts multiple values.
 * You can filter by the invited user email address providing the `query` query parameter.
 * The organization invitations are ordered by descending creation date by default.
 *
 * `GET /organization_invitations` · documented errors: 400, 404, 422, 500 · pages with `paginate` (data/total_count envelope)
 */
export function organizationInvitationsGetAll(
  core: ClerkCore,
  request?: OrganizationInvitationsGetAllRequest,
  options?: CallOptions,
): Promise<Result<OrganizationInvitationsWithPublicOrganizationData, CallError<400 | 404 | 422 | 500>>> {
  return call(core, op, request, options);
}
