// Generated from bapi-2026-05-12.yml (revokeAdminPortalLinkToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link adminPortalLinkTokensRevoke}: path, query and body keys by their wire names. */
export interface AdminPortalLinkTokensRevokeRequest {
  adminPortalLinkTokenID: string;
  revocation_reason?: string | null;
}

/** What {@link adminPortalLinkTokensRevoke} returns. */
export interface AdminPortalLinkTokensRevokeResponse {
  object: "admin_portal_link_token" | (string & {});
  id: string;
  /** The origin-level admin_portal_link this token was issued for. */
  admin_portal_link_id: string;
  instance_id: string;
  /** Optional. Present only when the link is scoped to an existing org. */
  organization_id: string | null;
  /** Optional opaque reference to the IT contact associated with this link. */
  it_contact_id: string | null;
  /** Caller-provided scopes for this token. */
  scopes: string[] | null;
  revoked: boolean;
  revocation_reason: string | null;
  expired: boolean;
  /** The timestamp for when the token will expire, in milliseconds. */
  expiration: number | null;
  /** The timestamp for when the token was created, in milliseconds. */
  created_at: number;
  /** The timestamp for when the token was last updated, in milliseconds. */
  updated_at: number;
}

const op: Operation<AdminPortalLinkTokensRevokeResponse> = {
  id: "revokeAdminPortalLinkToken",
  method: "POST",
  path: "/admin_portal_link_tokens/{adminPortalLinkTokenID}/revoke",
  body: { revocation_reason: "s?" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    admin_portal_link_id: s.string,
    instance_id: s.string,
    organization_id: s.nullable(s.string),
    it_contact_id: s.nullable(s.string),
    scopes: s.nullable(s.array(s.string)),
    revoked: s.boolean,
    revocation_reason: s.nullable(s.string),
    expired: s.boolean,
    expiration: s.nullable(s.number),
    created_at: s.number,
    updated_at: s.number,
  }),
};

/**
 * Revoke an Admin Portal Link Token
 *
 * `POST /admin_portal_link_tokens/{adminPortalLinkTokenID}/revoke` · documented errors: 400, 401, 403, 404
 */
export function adminPortalLinkTokensRevoke(
  core: ClerkCore,
  request: AdminPortalLinkTokensRevokeRequest,
  options?: CallOptions,
): Promise<Result<AdminPortalLinkTokensRevokeResponse, CallError<400 | 401 | 403 | 404>>> {
  return call(core, op, request, options);
}
