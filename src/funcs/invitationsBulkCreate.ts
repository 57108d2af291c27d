// Generated from bapi-2026-05-12.yml (CreateBulkInvitations). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";
import { Invitation } from "../models/invitation.js";

/** The request of {@link invitationsBulkCreate}: path, query and body keys by their wire names. */
export interface InvitationsBulkCreateRequest {
  /** The request body. */
  body?: {
    /** The email address the invitation will be sent to */
    email_address: string;
    /**
     * Metadata that will be attached to the newly created invitation.
     * The value of this property should be a well-formed JSON object.
     * Once the user accepts the invitation and signs up, these metadata will end up in the user's public metadata.
     */
    public_metadata?: Record<string, unknown> | null;
    /** The URL where the user is redirected upon visiting the invitation link, where they can accept the invitation. Required if you have implemented a [custom flow for handling application invitations](/docs/custom-flows/invitations). */
    redirect_url?: string | null;
    /**
     * Optional flag which denotes whether an email invitation should be sent to the given email address.
     * Defaults to true.
     */
    notify?: boolean | null;
    /**
     * Whether an invitation should be created if there is already an existing invitation for this email
     * address, or it's claimed by another user.
     */
    ignore_existing?: boolean | null;
    /** The number of days the invitation will be valid for. By default, the invitation expires after 30 days. */
    expires_in_days?: number | null;
    /** The slug of the email template to use for the invitation email. */
    template_slug?: "invitation" | "waitlist_invitation";
  }[];
}

const op: Operation<Invitation[]> = {
  id: "CreateBulkInvitations",
  method: "POST",
  path: "/invitations/bulk",
  body: { body: "a" },
  bodyKind: "whole",
  response: /*#__PURE__*/ s.array(Invitation),
};

/**
 * Create multiple invitations
 *
 * Use this API operation to create multiple invitations for the provided email addresses. You can choose to send the
 * invitations as emails by setting the `notify` parameter to `true`. There cannot be an existing invitation for any
 * of the email addresses you provide unless you set `ignore_existing` to `true` for specific email addresses. Please
 * note that there must be no existing user for any of the email addresses you provide, and this rule cannot be bypassed.
 *
 * This endpoint is limited to a maximum of 10 invitations per API call. If you need to send more invitations, please make multiple requests.
 *
 * `POST /invitations/bulk` · documented errors: 400, 422 · the body goes under the `body` key
 */
export function invitationsBulkCreate(
  core: ClerkCore,
  request?: InvitationsBulkCreateRequest,
  options?: CallOptions,
): Promise<Result<Invitation[], CallError<400 | 422>>> {
  return call(core, op, request, options);
}
