// Generated from bapi-2026-05-12.yml (InstanceGetOrganizationMemberships). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationMemberships } from "../models/organizationMemberships.js";

/** The request of {@link usersGetInstanceOrganizationMemberships}: path, query and body keys by their wire names. */
export interface UsersGetInstanceOrganizationMembershipsRequest {
  /**
   * Sorts organizations memberships by phone_number, email_address, created_at, first_name, last_name or username.
   * By prepending one of those values with + or -,
   * we can choose to sort in ascending (ASC) or descending (DESC) order.
   */
  order_by?: "phone_number" | "+phone_number" | "-phone_number" | "email_address" | "+email_address" | "-email_address" | "created_at" | "+created_at" | "-created_at" | "first_name" | "+first_name" | "-first_name" | "last_name" | "+last_name" | "-last_name" | "username" | "+username" | "-username";
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
  id: "InstanceGetOrganizationMemberships",
  method: "GET",
  path: "/organization_memberships",
  query: { order_by: "s", limit: "i", offset: "i" },
  response: OrganizationMemberships,
};

/**
 * Get a list of all organization memberships within an instance.
 *
 * Retrieves all organization user memberships for the given instance.
 *
 * `GET /organization_memberships` · documented errors: 400, 401, 422, 500 · pages with `paginate` (data/total_count envelope)
 */
export function usersGetInstanceOrganizationMemberships(
  core: ClerkCore,
  request?: UsersGetInstanceOrganizationMembershipsRequest,
  options?: CallOptions,
): Promise<Result<OrganizationMemberships, CallError<400 | 401 | 422 | 500>>> {
  return call(core, op, request, options);
}
