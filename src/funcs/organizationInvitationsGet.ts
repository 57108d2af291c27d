// Generated from bapi-2026-05-12.yml (GetOrganizationInvitation). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationInvitation } from "../models/organizationInvitation.js";

/** The request of {@link organizationInvitationsGet}: path, query and body keys by their wire names. */
export interface OrganizationInvitationsGetRequest {
  /** The organization ID. */
  organization_id: string;
  /** The organization invitation ID. */
  invitation_id: string;
}

const op: Operation<OrganizationInvitation> = {
  id: "GetOrganizationInvitation",
  method: "GET",
  path: "/organizations/{organization_id}/invitations/{invitation_id}",
  response: OrganizationInvitation,
};

/**
 * Retrieve an organization invitation by ID
 *
 * Use this request to get an existing organization invitation by ID.
 *
 * `GET /organizations/{organization_id}/invitations/{invitation_id}` · documented errors: 400, 403, 404
 */
export function organizationInvitationsGet(
  core: ClerkCore,
  request: OrganizationInvitationsGetRequest,
  options?: CallOptions,
): Promise<Result<OrganizationInvitation, CallError<400 | 403 | 404>>> {
  return call(core, op, request, options);
}
