// Generated from bapi-2026-05-12.yml (createAdminPortalLinkToken). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import * as s from "../core/shape.js";

/** The request of {@link adminPortalLinkTokensCreate}: path, query and body keys by their wire names. */
export interface AdminPortalLinkTokensCreateRequest {
  organization_id?: string;
  it_contact_id?: string;
  scopes?: string[];
  seconds_until_expiration?: number;
}

/** What {@link adminPortalLinkTokensCreate} returns. */
export interface AdminPortalLinkTokensCreateResponse {
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
  /** The single-use admin portal link token. Returned only on creation. URL-borne; treat as a secret. */
  token: string;
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

const op: Operation<AdminPortalLinkTokensCreateResponse> = {
  id: "createAdminPortalLinkToken",
  method: "POST",
  path: "/admin_portal_link_tokens",
  body: { organization_id: "s", it_contact_id: "s", scopes: "s[]", seconds_until_expiration: "i" },
  response: /*#__PURE__*/ s.looseObject({
    object: s.string,
    id: s.string,
    admin_portal_link_id: s.string,
    instance_id: s.string,
    organization_id: s.nullable(s.string),
    it_contact_id: s.nullable(s.string),
    scopes: s.nullable(s.array(s.string)),
    token: s.string,
    revoked: s.boolean,
    revocation_reason: s.nullable(s.string),
    expired: s.boolean,
    expiration: s.nullable(s.number),
    created_at: s.number,
    updated_at: s.number,
  }),
};

/**
 * Create an Admin Portal Link Token
 *
 * `POST /admin_portal_link_tokens` · documented errors: 400, 401, 403, 409
 */
export function adminPortalLinkTokensCreate(
  core: ClerkCore,
  request?: AdminPortalLinkTokensCreateRequest,
  options?: CallOptions,
): Promise<Result<AdminPortalLinkTokensCreateResponse, CallError<400 | 401 | 403 | 409>>> {
  return call(core, op, request, options);
}
