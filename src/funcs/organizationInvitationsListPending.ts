// Generated from bapi-2026-05-12.yml (ListPendingOrganizationInvitations). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationInvitations } from "../models/organizationInvitations.js";

/** The request of {@link organizationInvitationsListPending}: path, query and body keys by their wire names. */
export interface OrganizationInvitationsListPendingRequest {
  /** The organization ID. */
  organization_id: string;
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
  id: "ListPendingOrganizationInvitations",
  method: "GET",
  path: "/organizations/{organization_id}/invitations/pending",
  query: { limit: "i", offset: "i" },
  response: OrganizationInvitations,
};

/**
 * Get a list of pending organization invitations
 *
 * This request returns the list of organization invitations with "pending" status.
 * These are the organization invitations that can still be used to join the organization, but have not been accepted by the invited user yet.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * The organization invitations are ordered by descending creation date.
 * Most recent invitations will be returned first.
 * Any invitations created as a result of an Organization Domain are not included in the results.
 *
 * `GET /organizations/{organization_id}/invitations/pending` · documented errors: 400, 404 · pages with `paginate` (data/total_count envelope)
 *
 * @deprecated This operation is deprecated by the API.
 */
export function organizationInvitationsListPending(
  core: ClerkCore,
  request: OrganizationInvitationsListPendingRequest,
  options?: CallOptions,
): Promise<Result<OrganizationInvitations, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
