// Generated from bapi-2026-05-12.yml (UsersGetOrganizationInvitations). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationInvitationsWithPublicOrganizationData } from "../models/organizationInvitationsWithPublicOrganizationData.js";

/** The request of {@link usersGetOrganizationInvitations}: path, query and body keys by their wire names. */
export interface UsersGetOrganizationInvitationsRequest {
  /** The ID of the user whose organization invitations we want to retrieve */
  user_id: string;
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
  /** Filter organization invitations based on their status */
  status?: "pending" | "accepted" | "revoked" | "expired";
}

const op: Operation<OrganizationInvitationsWithPublicOrganizationData> = {
  id: "UsersGetOrganizationInvitations",
  method: "GET",
  path: "/users/{user_id}/organization_invitations",
  query: { limit: "i", offset: "i", status: "s" },
  response: OrganizationInvitationsWithPublicOrganizationData,
};

/**
 * Retrieve all invitations for a user
 *
 * Retrieve a paginated list of the user's organization invitations
 *
 * `GET /users/{user_id}/organization_invitations` · documented errors: 400, 403, 404 · pages with `paginate` (data/total_count envelope)
 */
export function usersGetOrganizationInvitations(
  core: ClerkCore,
  request: UsersGetOrganizationInvitationsRequest,
  options?: CallOptions,
): Promise<Result<OrganizationInvitationsWithPublicOrganizationData, CallError<400 | 403 | 404>>> {
  return call(core, op, request, options);
}
