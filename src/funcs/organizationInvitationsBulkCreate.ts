// Generated from bapi-2026-05-12.yml (CreateOrganizationInvitationBulk). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationInvitations } from "../models/organizationInvitations.js";

/** The request of {@link organizationInvitationsBulkCreate}: path, query and body keys by their wire names. */
export interface OrganizationInvitationsBulkCreateRequest {
  /** The organization ID. */
  organization_id: string;
  /** The request body. */
  body: {
    /** The email address of the new member that is going to be invited to the organization */
    email_address: string;
    /**
     * The ID of the user that invites the new member to the organization.
     * Must be an administrator in the organization.
     */
    inviter_user_id?: string | null;
    /** The role of the new member in the organization */
    role: string;
    /**
     * Metadata saved on the organization invitation, read-only from the Frontend API and fully accessible (read/write) from the Backend API.
     * When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
     */
    public_metadata?: Record<string, unknown> | null;
    /**
     * Metadata saved on the organization invitation, fully accessible (read/write) from the Backend API but not visible from the Frontend API.
     * When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
     */
    private_metadata?: Record<string, unknown> | null;
    /** Optional URL that the invitee will be redirected to once they accept the invitation by clicking the join link in the invitation email. */
    redirect_url?: string | null;
    /** The number of days the invitation will be valid for. By default, the invitation has a 30 days expire. */
    expires_in_days?: number | null;
    /**
     * Optional flag which denotes whether an email invitation should be sent to the given email address.
     * Defaults to `true`.
     */
    notify?: boolean | null;
  }[];
}

const op: Operation<OrganizationInvitations> = {
  id: "CreateOrganizationInvitationBulk",
  method: "POST",
  path: "/organizations/{organization_id}/invitations/bulk",
  body: { body: "a!" },
  bodyKind: "whole",
  response: OrganizationInvitations,
};

/**
 * Bulk create and send organization invitations
 *
 * Creates new organization invitations in bulk and sends out emails to the provided email addresses with a link to accept the invitation and join the organization.
 *
 * This endpoint is limited to a maximum of 10 invitations per API call. If you need to send more invitations, please make multiple requests.
 *
 * You can specify a different `role` for each invited organization member.
 * New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
 * The request body supports passing an optional `redirect_url` parameter for each invitation.
 * When the invited user clicks the link to accept the invitation, they will be redirected to the provided URL.
 * Use this parameter to implement a custom invitation acceptance flow.
 * You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter. Each invitation
 * can have a different inviter user.
 * Inviter users must be members with administrator privileges in the organization.
 * Only "admin" members can create organization invitations.
 * You can optionally provide public and private metadata for each organization invitation. The public metadata are visible
 * by both the Frontend and the Backend, whereas the private metadata are only visible by the Backend.
 * When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
 *
 * `POST /organizations/{organization_id}/invitations/bulk` · documented errors: 400, 403, 404, 422 · the body goes under the `body` key
 */
export function organizationInvitationsBulkCreate(
  core: ClerkCore,
  request: OrganizationInvitationsBulkCreateRequest,
  options?: CallOptions,
): Promise<Result<OrganizationInvitations, CallError<400 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
