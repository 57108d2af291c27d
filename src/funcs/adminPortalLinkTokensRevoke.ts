// Generated from bapi-2026-05-12.yml (revokeAdminPortalLinkToken). Do not edit: change codegen/ instead.
import * as v from "valibot";
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";

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
  response: /*#__PURE__*/ v.looseObject({
    object: v.string(),
    id: v.string(),
    admin_portal_link_id: v.string(),
    instance_id: v.string(),
    organization_id: v.nullable(v.string()),
    it_contact_id: v.nullable(v.string()),
    scopes: v.nullable(v.array(v.string())),
    revoked: v.boolean(),
    revocation_reason: v.nullable(v.string()),
    expired: v.boolean(),
    expiration: v.nullable(v.number()),
    created_at: v.number(),
    updated_at: v.number(),
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
