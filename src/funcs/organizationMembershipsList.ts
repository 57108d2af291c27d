// Generated from bapi-2026-05-12.yml (ListOrganizationMemberships). Do not edit: change codegen/ instead.
import type { ClerkCore } from "../core/core.js";
import { call, type CallOptions, type Operation } from "../core/call.js";
import type { CallError } from "../core/errors.js";
import type { Result } from "../core/result.js";
import { OrganizationMemberships } from "../models/organizationMemberships.js";

/** The request of {@link organizationMembershipsList}: path, query and body keys by their wire names. */
export interface OrganizationMembershipsListRequest {
  /** The organization ID. */
  organization_id: string;
  /**
   * Sorts organizations memberships by phone_number, email_address, created_at, first_name, last_name or username.
   * By prepending one of those values with + or -, we can choose to sort in ascending (ASC) or descending (DESC) order."
   */
  order_by?: "phone_number" | "+phone_number" | "-phone_number" | "email_address" | "+email_address" | "-email_address" | "created_at" | "+created_at" | "-created_at" | "first_name" | "+first_name" | "-first_name" | "last_name" | "+last_name" | "-last_name" | "username" | "+username" | "-username";
  /**
   * Returns users with the user IDs specified. For each user ID, the `+` and `-` can be
   * prepended to the ID, which denote whether the respective user ID should be included or
   * excluded from the result set. Accepts up to 100 user IDs. Any user IDs not found are ignored.
   */
  user_id?: string[];
  /** Returns users with the specified email addresses. Accepts up to 100 email addresses. Any email addresses not found are ignored. */
  email_address?: string[];
  /** Returns users with the specified phone numbers. Accepts up to 100 phone numbers. Any phone numbers not found are ignored. */
  phone_number?: string[];
  /**
   * Returns users with the specified usernames.
   * Accepts up to 100 usernames.
   * Any usernames not found are ignored.
   */
  username?: string[];
  /**
   * Returns users with the specified web3 wallet addresses.
   * Accepts up to 100 web3 wallet addresses.
   * Any web3 wallet addresses not found are ignored.
   */
  web3_wallet?: string[];
  /** Returns users with the specified roles. Accepts up to 100 roles. Any roles not found are ignored. */
  role?: string[];
  /**
   * Returns users that match the given query.
   * For possible matches, we check the email addresses, phone numbers, usernames, web3 wallets, user IDs, first and last names.
   * The query value doesn't need to match the exact value you are looking for, it is capable of partial matches as well.
   */
  query?: string;
  /**
   * Returns users with emails that match the given query, via case-insensitive partial match.
   * For example, `email_address_query=ello` will match a user with the email `HELLO@example.com`.
   */
  email_address_query?: string;
  /**
   * Returns users with phone numbers that match the given query, via case-insensitive partial match.
   * For example, `phone_number_query=555` will match a user with the phone number `+1555xxxxxxx`.
   */
  phone_number_query?: string;
  /**
   * Returns users with usernames that match the given query, via case-insensitive partial match.
   * For example, `username_query=CoolUser` will match a user with the username `SomeCoolUser`.
   */
  username_query?: string;
  /** Returns users with names that match the given query, via case-insensitive partial match. */
  name_query?: string;
  /**
   * Returns users whose last session activity was before the given date (with millisecond precision).
   * Example: use 1700690400000 to retrieve users whose last session activity was before 2023-11-23.
   */
  last_active_at_before?: number;
  /**
   * Returns users whose last session activity was after the given date (with millisecond precision).
   * Example: use 1700690400000 to retrieve users whose last session activity was after 2023-11-23.
   */
  last_active_at_after?: number;
  /**
   * Returns users who have been created before the given date (with millisecond precision).
   * Example: use 1730160000000 to retrieve users who have been created before 2024-10-29.
   */
  created_at_before?: number;
  /**
   * Returns users who have been created after the given date (with millisecond precision).
   * Example: use 1730160000000 to retrieve users who have been created after 2024-10-29.
   */
  created_at_after?: number;
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
  id: "ListOrganizationMemberships",
  method: "GET",
  path: "/organizations/{organization_id}/memberships",
  query: { order_by: "s", user_id: "s[]", email_address: "s[]", phone_number: "s[]", username: "s[]", web3_wallet: "s[]", role: "s[]", query: "s", email_address_query: "s", phone_number_query: "s", username_query: "s", name_query: "s", last_active_at_before: "i", last_active_at_after: "i", created_at_before: "i", created_at_after: "i", limit: "i", offset: "i" },
  response: OrganizationMemberships,
};

/**
 * Get a list of all members of an organization
 *
 * Retrieves all user memberships for the given organization
 *
 * `GET /organizations/{organization_id}/memberships` · documented errors: 401, 422 · pages with `paginate` (data/total_count envelope)
 */
export function organizationMembershipsList(
  core: ClerkCore,
  request: OrganizationMembershipsListRequest,
  options?: CallOptions,
): Promise<Result<OrganizationMemberships, CallError<401 | 422>>> {
  return call(core, op, request, options);
}
