// Generated from bapi-2026-05-12.yml (RevokeInvitation). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link invitationsRevoke}: path, query and body keys by their wire names. */
export interface InvitationsRevokeRequest {
  /** The ID of the invitation to be revoked */
  invitation_id: string;
}

/** What {@link invitationsRevoke} returns. */
export interface InvitationsRevokeResponse {
  object: "invitation" | (string & {});
  id: string;
  email_address: string;
  public_metadata: Record<string, unknown>;
  revoked?: boolean;
  status: "revoked" | (string & {});
  url?: string;
  /** Unix timestamp of expiration. */
  expires_at?: number | null;
  /** Unix timestamp of creation. */
  created_at: number;
  /** Unix timestamp of last update. */
  updated_at: number;
}

const op: Operation<InvitationsRevokeResponse> = {
  id: "RevokeInvitation",
  method: "POST",
  path: "/invitations/{invitation_id}/revoke",
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    email_address: s.string,
    public_metadata: s.looseObject({}),
    revoked: s.exactOptional(s.boolean),
    status: s.string,
    url: s.exactOptional(s.string),
    expires_at: s.exactOptional(s.nullable(s.number)),
    created_at: s.number,
    updated_at: s.number,
  }),
};

/**
 * Revokes an invitation
 *
 * Revokes the given invitation.
 * Revoking an invitation will prevent the user from using the invitation link that was sent to them.
 * However, it doesn't prevent the user from signing up if they follow the sign up flow.
 * Only active (i.e. non-revoked) invitations can be revoked.
 *
 * `POST /invitations/{invitation_id}/revoke` · documented errors: 400, 404
 */
export function invitationsRevoke(
  core: ClerkCore,
  request: InvitationsRevokeRequest,
  options?: CallOptions,
): Promise<Result<InvitationsRevokeResponse, CallError<400 | 404>>> {
  return call(core, op, request, options);
}
