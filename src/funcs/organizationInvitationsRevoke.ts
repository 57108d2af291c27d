// Generated from bapi-2026-05-12.yml (RevokeOrganizationInvitation). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationInvitation } from "../models/organizationInvitation.js";

/** The request of {@link organizationInvitationsRevoke}: path, query and body keys by their wire names. */
export interface OrganizationInvitationsRevokeRequest {
  /** The organization ID. */
  organization_id: string;
  /** The organization invitation ID. */
  invitation_id: string;
  /**
   * The ID of the user that revokes the invitation.
   * Must be an administrator in the organization.
   */
  requesting_user_id?: string | null;
}

const op: Operation<OrganizationInvitation> = {
  id: "RevokeOrganizationInvitation",
  method: "POST",
  path: "/organizations/{organization_id}/invitations/{invitation_id}/revoke",
  body: { requesting_user_id: "s?" },
  response: OrganizationInvitation,
};

/**
 * Revoke a pending organization invitation
 *
 * Use this request to revoke a previously issued organization invitation.
 * Revoking an organization invitation makes it invalid; the invited user will no longer be able to join the organization with the revoked invitation.
 * Only organization invitations with "pending" status can be revoked.
 * The request accepts the `requesting_user_id` parameter to specify the user which revokes the invitation.
 * Only users with "admin" role can revoke invitations.
 *
 * `POST /organizations/{organization_id}/invitations/{invitation_id}/revoke` · documented errors: 400, 403, 404
 */
export function organizationInvitationsRevoke(
  core: ClerkCore,
  request: OrganizationInvitationsRevokeRequest,
  options?: CallOptions,
): Promise<Result<OrganizationInvitation, CallError<400 | 403 | 404>>> {
  return call(core, op, request, options);
}
