// Generated from bapi-2026-05-12.yml (UsersGetOrganizationMemberships). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationMemberships } from "../models/organizationMemberships.js";

/** The request of {@link usersGetOrganizationMemberships}: path, query and body keys by their wire names. */
export interface UsersGetOrganizationMembershipsRequest {
  /** The ID of the user whose organization memberships we want to retrieve */
  user_id: string;
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: number;
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: number;
}

const op: Operation<OrganizationMemberships> = {
  id: "UsersGetOrganizationMemberships",
  method: "GET",
  path: "/users/{user_id}/organization_memberships",
  query: { limit: "i", offset: "i" },
  response: OrganizationMemberships,
};

/**
 * Retrieve all memberships for a user
 *
 * Retrieve a paginated list of the user's organization memberships
 *
 * `GET /users/{user_id}/organization_memberships` · documented errors: 403 · pages with `paginate` (data/total_count envelope)
 */
export function usersGetOrganizationMemberships(
  core: ClerkCore,
  request: UsersGetOrganizationMembershipsRequest,
  options?: CallOptions,
): Promise<Result<OrganizationMemberships, CallError<403>>> {
  return call(core, op, request, options);
}
