// Generated from bapi-2026-05-12.yml (CreateInvitation). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { Invitation } from "../models/invitation.js";

/** The request of {@link invitationsCreate}: path, query and body keys by their wire names. */
export interface InvitationsCreateRequest {
  /** The email address the invitation will be sent to */
  email_address: string;
  /**
   * Metadata that will be attached to the newly created invitation.
   * The value of this property should be a well-formed JSON object.
   * Once the user accepts the invitation and signs up, these metadata will end up in the user's public metadata.
   */
  public_metadata?: Record<string, unknown>;
  /**
   * Optional URL which specifies where to redirect the user once they click the invitation link.
   * This is only required if you have implemented a [custom flow](https://clerk.com/docs/authentication/invitations#custom-flow) and you're not using Clerk Hosted Pages or Clerk Components.
   */
  redirect_url?: string;
  /**
   * Optional flag which denotes whether an email invitation should be sent to the given email address.
   * Defaults to `true`.
   */
  notify?: boolean | null;
  /** Whether an invitation should be created if there is already an existing invitation for this email address, or it's claimed by another user. */
  ignore_existing?: boolean | null;
  /** The number of days the invitation will be valid for. By default, the invitation expires after 30 days. */
  expires_in_days?: number | null;
  /** The slug of the email template to use for the invitation email. */
  template_slug?: "invitation" | "waitlist_invitation";
}

const op: Operation<Invitation> = {
  id: "CreateInvitation",
  method: "POST",
  path: "/invitations",
  body: { email_address: "s!", public_metadata: "o", redirect_url: "s", notify: "b?", ignore_existing: "b?", expires_in_days: "i?", template_slug: "s" },
  response: Invitation,
};

/**
 * Create an invitation
 *
 * Creates a new invitation for the given email address and sends the invitation email.
 * Keep in mind that you cannot create an invitation if there is already one for the given email address.
 * Also, trying to create an invitation for an email address that already exists in your application will result to an error.
 *
 * `POST /invitations` · documented errors: 400, 422
 */
export function invitationsCreate(
  core: ClerkCore,
  request: InvitationsCreateRequest,
  options?: CallOptions,
): Promise<Result<Invitation, CallError<400 | 422>>> {
  return call(core, op, request, options);
}
