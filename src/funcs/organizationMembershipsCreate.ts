// Generated from bapi-2026-05-12.yml (CreateOrganizationMembership). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationMembership } from "../models/organizationMembership.js";

/** The request of {@link organizationMembershipsCreate}: path, query and body keys by their wire names. */
export interface OrganizationMembershipsCreateRequest {
  /** The ID of the organization where the new membership will be created */
  organization_id: string;
  /**
   * The ID of the user that will be added as a member in the organization.
   * The user needs to exist in the same instance as the organization and must not be a member of the given organization already.
   */
  user_id: string;
  /** The role that the new member will have in the organization. */
  role: string;
  /** Metadata saved on the organization membership, that is visible to both your frontend and backend. */
  public_metadata?: Record<string, unknown> | null;
  /** Metadata saved on the organization membership that is only visible to your backend. */
  private_metadata?: Record<string, unknown> | null;
}

const op: Operation<OrganizationMembership> = {
  id: "CreateOrganizationMembership",
  method: "POST",
  path: "/organizations/{organization_id}/memberships",
  body: { user_id: "s!", role: "s!", public_metadata: "o?", private_metadata: "o?" },
  response: OrganizationMembership,
};

/**
 * Create a new organization membership
 *
 * Adds a user as a member to the given organization.
 * Only users in the same instance as the organization can be added as members.
 *
 * This organization will be the user's [active organization] (https://clerk.com/docs/organizations/overview#active-organization)
 * the next time they create a session, presuming they don't explicitly set a
 * different organization as active before then.
 *
 * `POST /organizations/{organization_id}/memberships` · documented errors: 400, 403, 404, 422
 */
export function organizationMembershipsCreate(
  core: ClerkCore,
  request: OrganizationMembershipsCreateRequest,
  options?: CallOptions,
): Promise<Result<OrganizationMembership, CallError<400 | 403 | 404 | 422>>> {
  return call(core, op, request, options);
}
